using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tickets;

/// <summary>Operations that involve two tickets: merge, split and links.</summary>
public sealed class TicketMerger(
    ServiceDeskDbContext db,
    AccessPolicy access,
    TicketLoader loader,
    TicketUpdater updater,
    TicketCreator creator,
    AttachmentStore store,
    ChangeRecorder recorder,
    WriteTransaction transactions)
{
    public async Task<Ticket> MergeAsync(Actor actor, string number, string intoNumber, CancellationToken cancellationToken)
    {
        if (number == intoNumber)
        {
            throw new ValidationException("into", "A ticket cannot be merged into itself.");
        }

        var source = await LoadWritableAsync(actor, number, cancellationToken);
        var target = await LoadWritableAsync(actor, intoNumber, cancellationToken);
        var merged = await db.States.SingleAsync(s => s.Type == StateType.Merged, cancellationToken);

        await transactions.RunAsync(ct => MoveIntoAsync(actor, source, target, merged, ct), cancellationToken);
        return source;
    }

    private async Task MoveIntoAsync(Actor actor, Ticket source, Ticket target, TicketState merged, CancellationToken cancellationToken)
    {
        // The articles move so that the surviving ticket tells the whole story; the source keeps its history.
        await db.Articles.Where(a => a.TicketId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.TicketId, target.Id), cancellationToken);

        recorder.History(source.Id, actor, HistoryTypes.StateUpdate, "state", source.State.Name, merged.Name);
        recorder.History(source.Id, actor, HistoryTypes.Merge, "mergedInto", null, target.Number);
        recorder.History(target.Id, actor, HistoryTypes.Merge, "mergedFrom", null, source.Number);
        recorder.Event(actor, new TicketStateChanged(source.Id, source.Number, source.State.Name, merged.Name, merged.Type));
        recorder.Event(actor, new TicketMerged(source.Id, source.Number, target.Id, target.Number));
        source.State = merged;
        source.StateId = merged.Id;
        source.MergedIntoTicketId = target.Id;
        source.Locked = false;
        source.PendingUntil = null;
        source.ClosedAt = recorder.Now;
        await updater.SaveAsync(cancellationToken, source, target);
    }

    public async Task<Ticket> SplitAsync(Actor actor, string number, long articleId, string? title, CancellationToken cancellationToken)
    {
        var original = await LoadWritableAsync(actor, number, cancellationToken);
        var article = await db.Articles.AsNoTracking().Include(a => a.Attachments)
            .SingleOrDefaultAsync(a => a.Id == articleId && a.TicketId == original.Id, cancellationToken)
            ?? throw new NotFoundException($"Ticket {number} has no article {articleId}.");

        var uploads = new List<AttachmentUpload>();
        foreach (var attachment in article.Attachments)
        {
            await using var content = store.Open(attachment.Sha256);
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            uploads.Add(new AttachmentUpload(attachment.FileName, attachment.ContentType, buffer.ToArray(), attachment.ContentId, attachment.Inline));
        }

        var command = new CreateTicketCommand
        {
            Title = string.IsNullOrWhiteSpace(title) ? article.Subject ?? original.Title : title,
            QueueId = original.QueueId,
            Customer = original.CustomerUser is { } customer ? new CustomerReference(customer.Email) : null,
            Priority = original.Priority,
            Body = article.BodyText,
            BodyHtml = article.BodyHtml,
            Channel = article.Channel,
            From = article.From,
            Attachments = uploads,
        };

        return await transactions.RunAsync(async ct =>
        {
            var split = (await creator.CreateAsync(actor, command, ct)).Ticket;
            AddLink(actor, split, original, TicketLinkKind.ChildOf);
            recorder.History(original.Id, actor, HistoryTypes.Split, "article", articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), split.Number);
            await updater.SaveAsync(ct, original);
            return split;
        }, cancellationToken);
    }

    public async Task LinkAsync(Actor actor, string number, string otherNumber, TicketLinkKind kind, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ValidationException("kind", "The link kind is Related, ParentOf or ChildOf.");
        }

        if (number == otherNumber)
        {
            throw new ValidationException("number", "A ticket cannot be linked to itself.");
        }

        var ticket = await LoadWritableAsync(actor, number, cancellationToken);
        var other = await loader.LoadAsync(actor, otherNumber, cancellationToken);
        if (ticket.Links.Any(l => l.OtherTicketId == other.Id))
        {
            return;
        }

        AddLink(actor, ticket, other, kind);
        await updater.SaveAsync(cancellationToken, ticket, other);
    }

    public async Task UnlinkAsync(Actor actor, string number, string otherNumber, CancellationToken cancellationToken)
    {
        var ticket = await LoadWritableAsync(actor, number, cancellationToken);
        var other = await loader.LoadAsync(actor, otherNumber, cancellationToken);
        var links = await db.TicketLinks
            .Where(l => (l.TicketId == ticket.Id && l.OtherTicketId == other.Id) || (l.TicketId == other.Id && l.OtherTicketId == ticket.Id))
            .ToListAsync(cancellationToken);
        if (links.Count == 0)
        {
            return;
        }

        db.TicketLinks.RemoveRange(links);
        recorder.History(ticket.Id, actor, HistoryTypes.Link, "link", other.Number, null);
        recorder.History(other.Id, actor, HistoryTypes.Link, "link", ticket.Number, null);
        await updater.SaveAsync(cancellationToken, ticket, other);
    }

    private void AddLink(Actor actor, Ticket ticket, Ticket other, TicketLinkKind kind)
    {
        var reverse = kind switch
        {
            TicketLinkKind.ParentOf => TicketLinkKind.ChildOf,
            TicketLinkKind.ChildOf => TicketLinkKind.ParentOf,
            _ => TicketLinkKind.Related,
        };
        db.TicketLinks.Add(new TicketLink { TicketId = ticket.Id, OtherTicketId = other.Id, Kind = kind });
        db.TicketLinks.Add(new TicketLink { TicketId = other.Id, OtherTicketId = ticket.Id, Kind = reverse });
        recorder.History(ticket.Id, actor, HistoryTypes.Link, "link", null, $"{kind} {other.Number}");
        recorder.History(other.Id, actor, HistoryTypes.Link, "link", null, $"{reverse} {ticket.Number}");
    }

    private async Task<Ticket> LoadWritableAsync(Actor actor, string number, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var ticket = await loader.LoadForChangeAsync(actor, number, null, cancellationToken);
        await access.DemandAsync(actor, ticket.Queue, Permission.ReadWrite, "change tickets", cancellationToken);
        await updater.DemandUnlockedOrOwnAsync(ticket, actor, cancellationToken);
        return ticket;
    }
}
