namespace ServiceDesk.Abstractions.Tickets;

/// <summary>What it takes to open a ticket: a title, a queue, who asks, and the first message.</summary>
public sealed record CreateTicketCommand
{
    /// <summary>The title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The queue by full name ("IT::Network"); either this or <see cref="QueueId"/>.</summary>
    public string? Queue { get; init; }

    /// <summary>The queue by id; either this or <see cref="Queue"/>.</summary>
    public int? QueueId { get; init; }

    /// <summary>Who asks. Ignored when a customer user creates the ticket: then it is them.</summary>
    public CustomerReference? Customer { get; init; }

    /// <summary>The first message as plain text.</summary>
    public string Body { get; init; } = "";

    /// <summary>The first message as HTML, if it has one; sanitized before it is stored.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>The priority; the queue's default when absent.</summary>
    public TicketPriority? Priority { get; init; }

    /// <summary>The initial state by name; "new" when absent.</summary>
    public string? State { get; init; }

    /// <summary>The owning agent, if one takes it at once.</summary>
    public int? OwnerId { get; init; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Custom field values by field name.</summary>
    public IReadOnlyDictionary<string, string?>? Fields { get; init; }

    /// <summary>The channel of the first article; "api" when absent.</summary>
    public string? Channel { get; init; }

    /// <summary>Sender as written on the first article (e.g. the From header of an email).</summary>
    public string? From { get; init; }

    /// <summary>
    /// Whether a machine wrote the first message (an out-of-office reply that a channel relays, say), as
    /// <see cref="AddArticleCommand.Automation"/>: kept with the article and told in <c>TicketCreated</c>, so that no
    /// automatic answer goes to it. Not for customers (SDK 1.5.0).
    /// </summary>
    public ArticleAutomation Automation { get; init; }

    /// <summary>Files that came with the first message.</summary>
    public IReadOnlyList<AttachmentUpload>? Attachments { get; init; }

    /// <summary>
    /// Keys that identify the first message in the world it came from, recorded with it in the same transaction; a
    /// command with a key recorded before creates nothing and answers the ticket that key names. See
    /// <see cref="AddArticleCommand.IdempotencyKeys"/>.
    /// </summary>
    public IReadOnlyList<string>? IdempotencyKeys { get; init; }
}
