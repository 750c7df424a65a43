namespace ServiceDesk.Abstractions.Tickets;

/// <summary>The article an idempotency key was recorded with, and its ticket.</summary>
/// <param name="TicketNumber">The ticket's number (the ticket it was merged into keeps its own number).</param>
/// <param name="ArticleId">The article.</param>
public sealed record KeyedArticle(string TicketNumber, long ArticleId);
