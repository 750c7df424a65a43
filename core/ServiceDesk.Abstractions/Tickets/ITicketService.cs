using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// Tickets and their articles. Every method checks what the actor may do, runs as one transaction, writes a history
/// entry per change and records domain events in the same transaction.
/// </summary>
public interface ITicketService
{
    /// <summary>Opens a ticket with its first article and returns it with its new number.</summary>
    Task<TicketDetails> CreateAsync(Actor actor, CreateTicketCommand command, CancellationToken cancellationToken);

    /// <summary>Reads a ticket by number.</summary>
    Task<TicketDetails> GetAsync(Actor actor, string number, CancellationToken cancellationToken);

    /// <summary>Searches tickets the actor may see.</summary>
    Task<PagedResult<TicketSummary>> SearchAsync(Actor actor, TicketQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a partial update. When <paramref name="expectedVersion"/> is given and the ticket has changed since,
    /// nothing is applied and <see cref="Errors.PreconditionFailedException"/> is thrown.
    /// </summary>
    Task<TicketDetails> UpdateAsync(Actor actor, string number, UpdateTicketCommand command, int? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Applies the same update to several tickets, each in its own transaction.</summary>
    Task<IReadOnlyList<BulkUpdateResult>> BulkUpdateAsync(Actor actor, IReadOnlyList<string> numbers, UpdateTicketCommand command, CancellationToken cancellationToken);

    /// <summary>Lists the articles of a ticket the actor may see (customers see no internal notes).</summary>
    Task<IReadOnlyList<ArticleDetails>> GetArticlesAsync(Actor actor, string number, CancellationToken cancellationToken);

    /// <summary>Adds a reply, note or incoming message.</summary>
    Task<ArticleDetails> AddArticleAsync(Actor actor, string number, AddArticleCommand command, int? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Opens an attachment of an article of a ticket the actor may see.</summary>
    Task<AttachmentContent> OpenAttachmentAsync(Actor actor, string number, long attachmentId, CancellationToken cancellationToken);

    /// <summary>Reads the history of a ticket, oldest first.</summary>
    Task<IReadOnlyList<HistoryEntryInfo>> GetHistoryAsync(Actor actor, string number, CancellationToken cancellationToken);

    /// <summary>
    /// Merges the ticket <paramref name="number"/> into <paramref name="intoNumber"/>: its articles move to the target, it
    /// gets the merged state, and both keep a history entry.
    /// </summary>
    Task<TicketDetails> MergeAsync(Actor actor, string number, string intoNumber, CancellationToken cancellationToken);

    /// <summary>Copies an article into a new ticket linked to the original and returns the new ticket.</summary>
    Task<TicketDetails> SplitAsync(Actor actor, string number, long articleId, string? title, CancellationToken cancellationToken);

    /// <summary>Links two tickets; the reverse link is added to the other ticket.</summary>
    Task LinkAsync(Actor actor, string number, string otherNumber, TicketLinkKind kind, CancellationToken cancellationToken);

    /// <summary>Removes the link between two tickets, both ways.</summary>
    Task UnlinkAsync(Actor actor, string number, string otherNumber, CancellationToken cancellationToken);

    /// <summary>
    /// The ticket and article that an idempotency key was recorded with (see <see cref="AddArticleCommand.IdempotencyKeys"/>),
    /// whoever may see them; null when no command recorded it.
    /// </summary>
    Task<KeyedArticle?> FindByIdempotencyKeyAsync(string key, CancellationToken cancellationToken);
}
