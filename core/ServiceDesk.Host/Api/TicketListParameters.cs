using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Host.Api;

/// <summary>The query string of GET /api/v1/tickets. Repeat a parameter to give several values (state=new&amp;state=open).</summary>
public sealed class TicketListParameters
{
    public string? Q { get; init; }

    public int[]? QueueId { get; init; }

    public string[]? State { get; init; }

    /// <summary>State types by name, any case (New, open, ClosedSuccessful…).</summary>
    public string[]? StateType { get; init; }

    public int[]? Priority { get; init; }

    public int? OwnerId { get; init; }

    public bool? Locked { get; init; }

    public int? CustomerUserId { get; init; }

    public int? CompanyId { get; init; }

    public string[]? Tag { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public DateTimeOffset? ChangedFrom { get; init; }

    public DateTimeOffset? ChangedTo { get; init; }

    /// <summary>Created (default), Changed, Priority, Number or Title, any case.</summary>
    public string? Sort { get; init; }

    /// <summary>asc or desc (default).</summary>
    public string? Order { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public TicketQuery ToQuery() => new()
    {
        Text = Q,
        QueueIds = QueueId,
        States = State,
        StateTypes = StateType?.Select(t => ParseEnum<StateType>(t, "stateType")).ToList(),
        Priorities = Priority?.Select(p => (TicketPriority)p).ToList(),
        OwnerId = OwnerId,
        Locked = Locked,
        CustomerUserId = CustomerUserId,
        CustomerCompanyId = CompanyId,
        Tags = Tag,
        CreatedFrom = CreatedFrom,
        CreatedTo = CreatedTo,
        ChangedFrom = ChangedFrom,
        ChangedTo = ChangedTo,
        Sort = Sort is null ? TicketSort.Created : ParseEnum<TicketSort>(Sort, "sort"),
        Descending = Order?.ToLowerInvariant() switch
        {
            null or "desc" => true,
            "asc" => false,
            _ => throw new ValidationException("order", "order is asc or desc."),
        },
        Page = new PageRequest(Page ?? 1, PageSize ?? PageRequest.DefaultPageSize),
    };

    private static T ParseEnum<T>(string value, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new ValidationException(field, $"'{value}' is not one of: {string.Join(", ", Enum.GetNames<T>())}.");
}
