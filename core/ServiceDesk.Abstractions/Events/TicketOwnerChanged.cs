namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket got another owner.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="OldOwnerId">The owner before.</param>
/// <param name="NewOwnerId">The owner after.</param>
public sealed record TicketOwnerChanged(long TicketId, string TicketNumber, int? OldOwnerId, int? NewOwnerId) : IDomainEvent;
