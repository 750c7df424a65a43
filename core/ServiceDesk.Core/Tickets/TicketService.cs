using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tickets;

/// <summary>The SDK's ticket service: reads here, each kind of change in its own class.</summary>
public sealed class TicketService(
    ServiceDeskDbContext db,
    TicketLoader loader,
    TicketCreator creator,
    TicketUpdater updater,
    ArticleAdder articleAdder,
    TicketMerger merger,
    TicketSearcher searcher,
    IdempotencyKeyStore idempotency,
    AttachmentStore store) : ITicketService
{
    public Task<TicketDetails> CreateAsync(Actor actor, CreateTicketCommand command, CancellationToken cancellationToken) =>
        OnceAsync(command.IdempotencyKeys, async () =>
        {
            var created = await creator.CreateAsync(actor, command, cancellationToken);
            return await loader.DetailsAsync(created.Ticket, cancellationToken) with { FirstArticleId = created.FirstArticle.Id };
        }, async earlier => await GetAsync(actor, earlier.TicketNumber, cancellationToken) with { FirstArticleId = earlier.ArticleId }, cancellationToken);

    public async Task<TicketDetails> GetAsync(Actor actor, string number, CancellationToken cancellationToken)
    {
        var ticket = await loader.LoadAsync(actor, number, cancellationToken);
        return await loader.DetailsAsync(ticket, cancellationToken);
    }

    public Task<PagedResult<TicketSummary>> SearchAsync(Actor actor, TicketQuery query, CancellationToken cancellationToken) =>
        searcher.SearchAsync(actor, query, cancellationToken);

    public async Task<TicketDetails> UpdateAsync(Actor actor, string number, UpdateTicketCommand command, int? expectedVersion, CancellationToken cancellationToken)
    {
        var ticket = await updater.UpdateAsync(actor, number, command, expectedVersion, cancellationToken);
        return await loader.DetailsAsync(ticket, cancellationToken);
    }

    public async Task<IReadOnlyList<BulkUpdateResult>> BulkUpdateAsync(Actor actor, IReadOnlyList<string> numbers, UpdateTicketCommand command, CancellationToken cancellationToken)
    {
        var results = new List<BulkUpdateResult>(numbers.Count);
        foreach (var number in numbers.Distinct())
        {
            try
            {
                await updater.UpdateAsync(actor, number, command, null, cancellationToken);
                results.Add(new BulkUpdateResult(number, true, null));
            }
            catch (ServiceDeskException error)
            {
                results.Add(new BulkUpdateResult(number, false, error.Message));
            }
            finally
            {
                // Each ticket is its own unit of work: a failed one leaves nothing behind for the next.
                db.ChangeTracker.Clear();
            }
        }

        return results;
    }

    public async Task<IReadOnlyList<ArticleDetails>> GetArticlesAsync(Actor actor, string number, CancellationToken cancellationToken)
    {
        var ticket = await loader.LoadAsync(actor, number, cancellationToken);
        var articles = db.Articles.AsNoTracking().Include(a => a.Attachments).Where(a => a.TicketId == ticket.Id);
        if (actor.IsCustomer)
        {
            articles = articles.Where(a => a.VisibleToCustomer);
        }

        var list = await articles.OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return list.Select(TicketMapper.ToDetails).ToList();
    }

    public Task<ArticleDetails> AddArticleAsync(Actor actor, string number, AddArticleCommand command, int? expectedVersion, CancellationToken cancellationToken) =>
        OnceAsync(command.IdempotencyKeys,
            async () => TicketMapper.ToDetails(await articleAdder.AddAsync(actor, number, command, expectedVersion, cancellationToken)),
            async earlier => (await GetArticlesAsync(actor, earlier.TicketNumber, cancellationToken)).Single(a => a.Id == earlier.ArticleId),
            cancellationToken);

    public Task<KeyedArticle?> FindByIdempotencyKeyAsync(string key, CancellationToken cancellationToken) =>
        idempotency.FindAsync([key], cancellationToken);

    public async Task<AttachmentContent> OpenAttachmentAsync(Actor actor, string number, long attachmentId, CancellationToken cancellationToken)
    {
        var ticket = await loader.LoadAsync(actor, number, cancellationToken);
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId)
            .Join(db.Articles, a => a.ArticleId, a => a.Id, (attachment, article) => new { attachment, article })
            .Where(x => x.article.TicketId == ticket.Id && (!actor.IsCustomer || x.article.VisibleToCustomer))
            .Select(x => x.attachment)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Ticket {number} has no attachment {attachmentId}.");
        return new AttachmentContent(TicketMapper.ToInfo(attachment), store.Open(attachment.Sha256));
    }

    public async Task<IReadOnlyList<HistoryEntryInfo>> GetHistoryAsync(Actor actor, string number, CancellationToken cancellationToken)
    {
        var ticket = await loader.LoadAsync(actor, number, cancellationToken);
        Security.AccessPolicy.DemandAgent(actor);
        var entries = await db.History.AsNoTracking().Where(h => h.TicketId == ticket.Id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return entries.Select(h => new HistoryEntryInfo(h.Id, h.Type, TicketMapper.ToOffset(h.At), h.ActorName, h.Field, h.OldValue, h.NewValue)).ToList();
    }

    public async Task<TicketDetails> MergeAsync(Actor actor, string number, string intoNumber, CancellationToken cancellationToken)
    {
        var ticket = await merger.MergeAsync(actor, number, intoNumber, cancellationToken);
        return await loader.DetailsAsync(ticket, cancellationToken);
    }

    public async Task<TicketDetails> SplitAsync(Actor actor, string number, long articleId, string? title, CancellationToken cancellationToken)
    {
        var ticket = await merger.SplitAsync(actor, number, articleId, title, cancellationToken);
        return await loader.DetailsAsync(ticket, cancellationToken);
    }

    public Task LinkAsync(Actor actor, string number, string otherNumber, TicketLinkKind kind, CancellationToken cancellationToken) =>
        merger.LinkAsync(actor, number, otherNumber, kind, cancellationToken);

    public Task UnlinkAsync(Actor actor, string number, string otherNumber, CancellationToken cancellationToken) =>
        merger.UnlinkAsync(actor, number, otherNumber, cancellationToken);

    // A command with an idempotency key recorded before is answered with what that key names, and so is one that the
    // key's uniqueness refused because the same message was written meanwhile (by another node, say).
    private async Task<T> OnceAsync<T>(IReadOnlyList<string>? givenKeys, Func<Task<T>> run, Func<KeyedArticle, Task<T>> earlier, CancellationToken cancellationToken)
    {
        var keys = IdempotencyKeyStore.Valid(givenKeys);
        if (await idempotency.FindAsync(keys, cancellationToken) is { } recorded)
        {
            return await earlier(recorded);
        }

        try
        {
            return await run();
        }
        catch (Exception error) when (keys.Count > 0 && error is DbUpdateException or DbException)
        {
            var raced = await idempotency.FindAsync(keys, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return await earlier(raced);
        }
    }
}
