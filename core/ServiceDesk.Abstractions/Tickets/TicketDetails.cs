namespace ServiceDesk.Abstractions.Tickets;

/// <summary>A ticket with everything but its articles.</summary>
/// <param name="Summary">The fields shown in lists.</param>
/// <param name="ResponsibleId">The agent responsible besides the owner, if any.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Fields">Custom field values by field name.</param>
/// <param name="FirstResponseAt">When an agent first answered the customer.</param>
/// <param name="ClosedAt">When the ticket was last closed.</param>
/// <param name="PendingUntil">When a pending state wakes up.</param>
/// <param name="MergedInto">The number of the ticket this one was merged into.</param>
/// <param name="Links">Links to other tickets.</param>
public sealed record TicketDetails(
    TicketSummary Summary,
    int? ResponsibleId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string?> Fields,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? PendingUntil,
    string? MergedInto,
    IReadOnlyList<TicketLinkInfo> Links)
{
    /// <summary>
    /// In the answer to <see cref="ITicketService.CreateAsync"/> only: the ticket's first article, the one the creation
    /// wrote, or for a creation repeated with the same idempotency key, the one the first creation wrote (SDK 1.3.0).
    /// Null in other answers.
    /// </summary>
    public long? FirstArticleId { get; init; }
}
