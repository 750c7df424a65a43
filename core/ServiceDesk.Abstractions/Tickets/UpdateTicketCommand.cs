namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// A partial update of a ticket: only fields that are set change. All the changes are applied in one transaction, with
/// a history entry for each.
/// </summary>
public sealed record UpdateTicketCommand
{
    /// <summary>A new title.</summary>
    public Optional<string> Title { get; init; }

    /// <summary>Move to the queue with this full name.</summary>
    public Optional<string> Queue { get; init; }

    /// <summary>Move to the queue with this id.</summary>
    public Optional<int> QueueId { get; init; }

    /// <summary>A new state, by name.</summary>
    public Optional<string> State { get; init; }

    /// <summary>When a pending state wakes up; null clears it.</summary>
    public Optional<DateTimeOffset?> PendingUntil { get; init; }

    /// <summary>A new priority.</summary>
    public Optional<TicketPriority> Priority { get; init; }

    /// <summary>A new owner; null leaves the ticket without one.</summary>
    public Optional<int?> OwnerId { get; init; }

    /// <summary>Lock (true) or unlock (false) the ticket for its owner.</summary>
    public Optional<bool> Locked { get; init; }

    /// <summary>A new responsible agent; null clears it.</summary>
    public Optional<int?> ResponsibleId { get; init; }

    /// <summary>Replace all tags with these.</summary>
    public Optional<IReadOnlyList<string>> Tags { get; init; }

    /// <summary>Set these custom fields (others keep their values); a null value clears a field.</summary>
    public Optional<IReadOnlyDictionary<string, string?>> Fields { get; init; }
}
