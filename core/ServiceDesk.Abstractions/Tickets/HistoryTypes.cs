namespace ServiceDesk.Abstractions.Tickets;

/// <summary>The kinds of history entries the core writes. Plugins may write their own kinds.</summary>
public static class HistoryTypes
{
    /// <summary>The ticket was created.</summary>
    public const string TicketCreate = "TicketCreate";

    /// <summary>An article was added.</summary>
    public const string ArticleAdd = "ArticleAdd";

    /// <summary>A ticket field changed; <see cref="HistoryEntryInfo.Field"/> says which.</summary>
    public const string FieldUpdate = "FieldUpdate";

    /// <summary>The state changed.</summary>
    public const string StateUpdate = "StateUpdate";

    /// <summary>The ticket moved to another queue.</summary>
    public const string Move = "Move";

    /// <summary>The owner changed.</summary>
    public const string OwnerUpdate = "OwnerUpdate";

    /// <summary>The ticket was locked or unlocked.</summary>
    public const string LockUpdate = "LockUpdate";

    /// <summary>The priority changed.</summary>
    public const string PriorityUpdate = "PriorityUpdate";

    /// <summary>The ticket was merged into another, or another into it.</summary>
    public const string Merge = "Merge";

    /// <summary>A link to another ticket was added or removed.</summary>
    public const string Link = "Link";

    /// <summary>An article was split off into a new ticket.</summary>
    public const string Split = "Split";
}
