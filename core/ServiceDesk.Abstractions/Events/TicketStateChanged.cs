using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket's state changed.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="OldState">The state before.</param>
/// <param name="NewState">The state after.</param>
/// <param name="NewStateType">The type of the new state.</param>
public sealed record TicketStateChanged(long TicketId, string TicketNumber, string OldState, string NewState, StateType NewStateType) : IDomainEvent;
