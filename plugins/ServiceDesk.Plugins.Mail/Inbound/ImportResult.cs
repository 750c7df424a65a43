namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>What a message became, and where it went.</summary>
/// <param name="MessageId">The message's Message-ID, kept with the record of its import for threading.</param>
public sealed record ImportResult(ImportOutcome Outcome, string? TicketNumber, long? ArticleId, string? Reason = null, string? MessageId = null);
