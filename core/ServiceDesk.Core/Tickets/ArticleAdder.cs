using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Adds replies, notes and customers' messages. A customer's message to a closed ticket follows the queue's
/// follow-up policy: the ticket reopens, a new linked ticket opens, or the message is refused.
/// </summary>
public sealed class ArticleAdder(
    ServiceDeskDbContext db,
    AccessPolicy access,
    ReferenceResolver references,
    TicketLoader loader,
    TicketUpdater updater,
    TicketChanges changes,
    TicketCreator creator,
    ArticleWriter articles,
    ChangeRecorder recorder,
    CustomerDirectory customers,
    IdempotencyKeyStore keys,
    WriteTransaction transactions)
{
    public const string OpenState = "open";

    public async Task<Article> AddAsync(Actor actor, string number, AddArticleCommand command, int? expectedVersion, CancellationToken cancellationToken)
    {
        var idempotencyKeys = IdempotencyKeyStore.Valid(command.IdempotencyKeys);
        if (command.Automation != ArticleAutomation.None && actor.IsCustomer)
        {
            throw new ForbiddenException("Only agents and the system send automatic messages (automation); customers write as themselves.");
        }

        if (command.FromCustomer is not null && actor.Kind != ActorKind.System)
        {
            throw new ForbiddenException("Only the system relays a customer's message (fromCustomer); others write as themselves.");
        }

        var ticket = await loader.LoadForChangeAsync(actor, number, expectedVersion, cancellationToken);
        if (command.FromCustomer is { } from)
        {
            return await AddCustomerMessageAsync(ticket, await RelayedCustomerAsync(from, cancellationToken), command, idempotencyKeys, cancellationToken);
        }

        if (actor.IsCustomer)
        {
            return await AddCustomerMessageAsync(ticket, actor, command, idempotencyKeys, cancellationToken);
        }

        await access.DemandAsync(actor, ticket.Queue, command.Internal ? Permission.Note : Permission.ReadWrite,
            command.Internal ? "add notes" : "reply", cancellationToken);
        await updater.DemandUnlockedOrOwnAsync(ticket, actor, cancellationToken);

        var direction = command.Direction ?? (command.Internal ? ArticleDirection.Internal : ArticleDirection.Outgoing);
        var draft = DraftOf(command, ticket, command.Internal ? ArticleChannels.Note : ArticleChannels.Api, direction, !command.Internal);
        var article = await articles.BuildAsync(ticket.Id, actor, draft, cancellationToken);
        article.Automation = command.Automation;
        // A person's answer; an automatic one (an acknowledgement of receipt) is no response to the request.
        var answered = direction == ArticleDirection.Outgoing && command.Automation == ArticleAutomation.None;

        if (command.State is not null)
        {
            await access.DemandAsync(actor, ticket.Queue, Permission.ReadWrite, "change tickets", cancellationToken);
            var state = await references.StateAsync(command.State, "state", cancellationToken);
            changes.SetState(ticket, state, command.PendingUntil?.UtcDateTime, actor);
        }
        else if (answered && ticket.State.Type == StateType.New)
        {
            changes.SetState(ticket, await references.StateAsync(OpenState, "state", cancellationToken), null, actor);
        }

        if (answered && article.VisibleToCustomer)
        {
            ticket.FirstResponseAt ??= recorder.Now;
        }

        return await SaveAsync(ticket, article, actor, idempotencyKeys, reopened: false, cancellationToken);
    }

    // The customer a channel relays a message for, registered when new, named as stored or else as the message says.
    private async Task<Actor> RelayedCustomerAsync(CustomerReference from, CancellationToken cancellationToken)
    {
        var customer = await customers.EnsureAsync(CustomerDirectory.ValidEmail(from.Email, "fromCustomer.email"), from.Name, cancellationToken);
        var name = CustomerDirectory.DisplayName(customer, from.Name);
        return new Actor(ActorKind.Customer, customer.Id, name);
    }

    private async Task<Article> AddCustomerMessageAsync(
        Ticket ticket, Actor actor, AddArticleCommand command, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken)
    {
        if (command.Internal || command.State is not null || command.Direction is ArticleDirection.Outgoing or ArticleDirection.Internal)
        {
            throw new ForbiddenException("Customers write incoming messages only.");
        }

        if (ticket.State.Type.IsClosed())
        {
            switch (ticket.Queue.FollowUpPolicy)
            {
                case FollowUpPolicy.Reject:
                    throw new FollowUpRejectedException(ticket.Number);
                case FollowUpPolicy.NewTicket:
                    return await FollowUpInNewTicketAsync(ticket, actor, command, idempotencyKeys, cancellationToken);
            }
        }

        var draft = DraftOf(command, ticket, ArticleChannels.Api, ArticleDirection.Incoming, visible: true);
        var article = await articles.BuildAsync(ticket.Id, actor, draft, cancellationToken);
        article.Automation = command.Automation;
        var reopened = ticket.State.Type.IsClosed();
        if (reopened || ticket.State.Type.IsPending())
        {
            // The customer answered: whatever the ticket waited for is here, so it needs work again.
            changes.SetState(ticket, await references.StateAsync(OpenState, "state", cancellationToken), null, actor);
        }

        return await SaveAsync(ticket, article, actor, idempotencyKeys, reopened, cancellationToken);
    }

    private Task<Article> FollowUpInNewTicketAsync(
        Ticket closed, Actor actor, AddArticleCommand command, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken) =>
        transactions.RunAsync(ct => FollowUpInNewTicketCoreAsync(closed, actor, command, idempotencyKeys, ct), cancellationToken);

    private async Task<Article> FollowUpInNewTicketCoreAsync(
        Ticket closed, Actor actor, AddArticleCommand command, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken)
    {
        var (created, _) = await creator.CreateAsync(actor, new CreateTicketCommand
        {
            Title = closed.Title,
            QueueId = closed.QueueId,
            Body = command.Body,
            BodyHtml = command.BodyHtml,
            Channel = command.Channel,
            From = command.From,
            Attachments = command.Attachments,
            Automation = command.Automation,
            IdempotencyKeys = idempotencyKeys,
        }, cancellationToken);

        db.TicketLinks.Add(new TicketLink { TicketId = created.Id, OtherTicketId = closed.Id, Kind = TicketLinkKind.Related });
        db.TicketLinks.Add(new TicketLink { TicketId = closed.Id, OtherTicketId = created.Id, Kind = TicketLinkKind.Related });
        recorder.History(closed.Id, actor, HistoryTypes.Link, "link", null, created.Number);
        recorder.History(created.Id, actor, HistoryTypes.Link, "link", null, closed.Number);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Articles.Include(a => a.Attachments).FirstAsync(a => a.TicketId == created.Id, cancellationToken);
    }

    private Task<Article> SaveAsync(
        Ticket ticket, Article article, Actor actor, IReadOnlyList<string> idempotencyKeys, bool reopened, CancellationToken cancellationToken) =>
        transactions.RunAsync(async ct =>
        {
            db.Articles.Add(article);
            keys.Record(article, idempotencyKeys, recorder.Now);
            await updater.SaveAsync(ct, ticket);

            recorder.History(ticket.Id, actor, HistoryTypes.ArticleAdd, "article", null, article.Id.ToString(CultureInfo.InvariantCulture));
            recorder.Event(actor, new ArticleAdded(ticket.Id, ticket.Number, article.Id, article.Channel, article.Direction,
                article.VisibleToCustomer, article.AuthorUserId, article.AuthorCustomerUserId, article.Automation, reopened));
            await db.SaveChangesAsync(ct);
            return article;
        }, cancellationToken);

    private static ArticleDraft DraftOf(AddArticleCommand command, Ticket ticket, string defaultChannel, ArticleDirection direction, bool visible) => new(
        command.Channel ?? defaultChannel,
        direction,
        visible,
        command.From,
        command.To,
        command.Cc,
        string.IsNullOrWhiteSpace(command.Subject) ? ticket.Title : command.Subject.Trim(),
        command.Body,
        command.BodyHtml,
        command.Attachments ?? []);
}
