namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>What a message became: a new ticket, or an article of an existing one.</summary>
public sealed record ImportResult(string TicketNumber, long? ArticleId, bool FollowUp);
