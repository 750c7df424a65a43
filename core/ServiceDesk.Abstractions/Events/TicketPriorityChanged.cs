using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket's priority changed.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="OldPriority">The priority before.</param>
/// <param name="NewPriority">The priority after.</param>
public sealed record TicketPriorityChanged(long TicketId, string TicketNumber, TicketPriority OldPriority, TicketPriority NewPriority) : IDomainEvent;
