using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Events;

/// <summary>An article was added to an existing ticket (the first article comes with <see cref="TicketCreated"/>).</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="TicketNumber">Its number.</param>
/// <param name="ArticleId">The new article.</param>
/// <param name="Channel">Its channel.</param>
/// <param name="Direction">Its direction.</param>
/// <param name="VisibleToCustomer">False for internal notes.</param>
/// <param name="AuthorUserId">The agent who wrote it, if an agent did.</param>
/// <param name="AuthorCustomerUserId">The customer user who wrote it, if one did.</param>
/// <param name="Automation">Whether a machine wrote it: a channel marks such a message as automatic when it sends it.</param>
/// <param name="Reopened">
/// The customer's message opened the closed ticket again, as its queue's follow-up policy says (SDK 1.5.0): the customer
/// may be told that their closed request is being worked on again.
/// </param>
public sealed record ArticleAdded(
    long TicketId,
    string TicketNumber,
    long ArticleId,
    string Channel,
    ArticleDirection Direction,
    bool VisibleToCustomer,
    int? AuthorUserId,
    int? AuthorCustomerUserId,
    ArticleAutomation Automation = ArticleAutomation.None,
    bool Reopened = false) : IDomainEvent;
