namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket moved to another queue.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="OldQueueId">The queue before.</param>
/// <param name="NewQueueId">The queue after.</param>
public sealed record TicketQueueChanged(long TicketId, string TicketNumber, int OldQueueId, int NewQueueId) : IDomainEvent;
