namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>What a message became, and where it went.</summary>
public sealed record ImportResult(ImportOutcome Outcome, string? TicketNumber, long? ArticleId, string? Reason = null);
