using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Events;

/// <summary>A pending ticket's time came: a reminder is due, or the ticket was closed automatically.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="PendingStateType">The pending state's type that was reached.</param>
/// <param name="OwnerId">The owner to remind.</param>
public sealed record TicketPendingTimeReached(long TicketId, string TicketNumber, StateType PendingStateType, int? OwnerId) : IDomainEvent;
