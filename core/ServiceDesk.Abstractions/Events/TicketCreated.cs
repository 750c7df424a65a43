using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Events;

/// <summary>A ticket was opened.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="QueueId">Its queue.</param>
/// <param name="CustomerUserId">Who asked.</param>
/// <param name="FirstArticleId">The first article.</param>
/// <param name="Channel">The first article's channel.</param>
/// <param name="FirstArticleAutomation">Whether a machine wrote the first article (SDK 1.5.0): nothing answers it automatically then.</param>
public sealed record TicketCreated(
    long TicketId,
    string TicketNumber,
    int QueueId,
    int? CustomerUserId,
    long FirstArticleId,
    string Channel,
    ArticleAutomation FirstArticleAutomation = ArticleAutomation.None) : IDomainEvent;
