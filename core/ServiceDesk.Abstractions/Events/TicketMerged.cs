namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket was merged into another.</summary>
/// <param name="TicketId">The merged ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="IntoTicketId">The ticket it was merged into.</param>
/// <param name="IntoTicketNumber">That ticket's number.</param>
public sealed record TicketMerged(long TicketId, string TicketNumber, long IntoTicketId, string IntoTicketNumber) : IDomainEvent;
