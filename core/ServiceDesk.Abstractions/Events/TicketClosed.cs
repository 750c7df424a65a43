using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket was closed (successfully or not); raised besides <see cref="TicketStateChanged"/>.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="StateType">How it was closed.</param>
public sealed record TicketClosed(long TicketId, string TicketNumber, StateType StateType) : IDomainEvent;
