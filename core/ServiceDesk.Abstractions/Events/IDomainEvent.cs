namespace ServiceDesk.Abstractions.Events;

/// <summary>
/// Something that happened in the service desk. Events are written to the outbox in the same transaction as the
/// change and delivered to handlers after commit, at least once: handlers must be idempotent.
/// </summary>
public interface IDomainEvent
{
    /// <summary>The ticket the event concerns.</summary>
    long TicketId { get; }

    /// <summary>The ticket's number.</summary>
    string TicketNumber { get; }
}
