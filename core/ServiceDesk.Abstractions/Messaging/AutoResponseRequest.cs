namespace ServiceDesk.Abstractions.Messaging;

/// <summary>What an automatic answer is written for (SDK 1.5.0).</summary>
/// <param name="Kind">The occasion.</param>
/// <param name="TicketNumber">The ticket it concerns (for a refused message, the closed ticket).</param>
/// <param name="Recipient">The customer's address.</param>
/// <param name="Subject">The subject of the customer's message.</param>
public sealed record AutoResponseRequest(AutoResponseKind Kind, string TicketNumber, string Recipient, string? Subject);
