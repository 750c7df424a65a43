namespace ServiceDesk.Abstractions.Paging;

/// <summary>Which page of a list to return.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page, from 1 to <see cref="MaxPageSize"/>.</param>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The largest page size allowed.</summary>
    public const int MaxPageSize = 500;

    /// <summary>How many items come before this page.</summary>
    public int Skip => (Page - 1) * PageSize;
}
