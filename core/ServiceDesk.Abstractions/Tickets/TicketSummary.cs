namespace ServiceDesk.Abstractions.Tickets;

/// <summary>A ticket as shown in lists and search results.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Number">The unique human-readable number customers quote.</param>
/// <param name="Title">The title.</param>
/// <param name="QueueId">The queue's id.</param>
/// <param name="Queue">The queue's full name, e.g. "IT::Network".</param>
/// <param name="State">The state's name.</param>
/// <param name="StateType">The state's type.</param>
/// <param name="Priority">How urgent the ticket is.</param>
/// <param name="OwnerId">The owning agent, if any.</param>
/// <param name="Locked">True when the owner has locked the ticket for themselves.</param>
/// <param name="CustomerUserId">The customer user who asked.</param>
/// <param name="CustomerEmail">The customer user's email.</param>
/// <param name="CustomerCompanyId">The customer user's company.</param>
/// <param name="CreatedAt">When the ticket was created.</param>
/// <param name="ChangedAt">When the ticket last changed.</param>
/// <param name="Version">Grows with every change; the ETag of the ticket.</param>
public sealed record TicketSummary(
    long Id,
    string Number,
    string Title,
    int QueueId,
    string Queue,
    string State,
    StateType StateType,
    TicketPriority Priority,
    int? OwnerId,
    bool Locked,
    int? CustomerUserId,
    string? CustomerEmail,
    int? CustomerCompanyId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ChangedAt,
    int Version);
