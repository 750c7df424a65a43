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
    IReadOnlyList<TicketLinkInfo> Links);
