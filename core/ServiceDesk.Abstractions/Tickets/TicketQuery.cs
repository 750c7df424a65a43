using ServiceDesk.Abstractions.Paging;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>Filters, full-text query, order and page of a ticket search. Every filter that is set must hold.</summary>
public sealed record TicketQuery
{
    /// <summary>Full-text query over titles and articles (Russian and English).</summary>
    public string? Text { get; init; }

    /// <summary>Only these queues.</summary>
    public IReadOnlyList<int>? QueueIds { get; init; }

    /// <summary>Only these states, by name.</summary>
    public IReadOnlyList<string>? States { get; init; }

    /// <summary>Only states of these types.</summary>
    public IReadOnlyList<StateType>? StateTypes { get; init; }

    /// <summary>Only these priorities.</summary>
    public IReadOnlyList<TicketPriority>? Priorities { get; init; }

    /// <summary>Only tickets owned by this agent.</summary>
    public int? OwnerId { get; init; }

    /// <summary>Only tickets locked (true) or not locked (false).</summary>
    public bool? Locked { get; init; }

    /// <summary>Only tickets of this customer user.</summary>
    public int? CustomerUserId { get; init; }

    /// <summary>Only tickets of this customer company.</summary>
    public int? CustomerCompanyId { get; init; }

    /// <summary>Only tickets carrying all these tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Created at or after.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created before.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Changed at or after.</summary>
    public DateTimeOffset? ChangedFrom { get; init; }

    /// <summary>Changed before.</summary>
    public DateTimeOffset? ChangedTo { get; init; }

    /// <summary>Sort key.</summary>
    public TicketSort Sort { get; init; } = TicketSort.Created;

    /// <summary>Newest (largest) first when true.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>Which page.</summary>
    public PageRequest Page { get; init; } = new();
}
