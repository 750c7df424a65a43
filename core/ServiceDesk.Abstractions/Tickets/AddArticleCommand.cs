namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// A message added to a ticket. Defaults follow the actor: a customer's message is incoming and public; an agent's is
/// an outgoing reply unless <see cref="Internal"/> makes it an internal note.
/// </summary>
public sealed record AddArticleCommand
{
    /// <summary>The body as plain text.</summary>
    public string Body { get; init; } = "";

    /// <summary>The body as HTML, if any; sanitized before it is stored.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>Subject line; the ticket's title when absent.</summary>
    public string? Subject { get; init; }

    /// <summary>True for an internal note that the customer never sees.</summary>
    public bool Internal { get; init; }

    /// <summary>The channel; "api" when absent (or "note" for internal notes).</summary>
    public string? Channel { get; init; }

    /// <summary>Direction; derived from the actor when absent.</summary>
    public ArticleDirection? Direction { get; init; }

    /// <summary>Sender as written.</summary>
    public string? From { get; init; }

    /// <summary>Recipients as written.</summary>
    public string? To { get; init; }

    /// <summary>Copy recipients as written.</summary>
    public string? Cc { get; init; }

    /// <summary>
    /// Whether a machine writes it rather than an agent: an automatic answer or a notification, which channels mark as
    /// such (an email then carries <c>Auto-Submitted</c>) and limit, so that no mail loop can start. Not for customers.
    /// </summary>
    public ArticleAutomation Automation { get; init; }

    /// <summary>Files that came with the message.</summary>
    public IReadOnlyList<AttachmentUpload>? Attachments { get; init; }

    /// <summary>
    /// For a channel that relays a customer's message while acting as the system (an email, say): the customer who wrote
    /// it, registered when new. The article is theirs, and a closed ticket follows its queue's follow-up policy, as for a
    /// message the customer added themselves.
    /// </summary>
    public CustomerReference? FromCustomer { get; init; }

    /// <summary>
    /// Keys that identify the message in the world it came from (a mailbox's UID, a Message-ID), recorded with the
    /// article in the same transaction. A command with a key recorded before adds nothing and answers the article that
    /// key names: a channel that retries after a crash never adds a message twice. At most 8 keys of 1 to 200 characters.
    /// </summary>
    public IReadOnlyList<string>? IdempotencyKeys { get; init; }

    /// <summary>The ticket's new state by name, set in the same transaction (e.g. reply and set pending).</summary>
    public string? State { get; init; }

    /// <summary>The wake-up time when <see cref="State"/> is a pending state.</summary>
    public DateTimeOffset? PendingUntil { get; init; }
}
