using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Sends agents' replies in the channel <c>email</c> to the customer. The event delivery retries a failed send with
/// growing pauses; the first failure is noted on the ticket for the agent. A reply that was sent is recorded, and a
/// delivery of its event that comes again (after a crash) sends nothing.
/// </summary>
public sealed class OutgoingArticleHandler(
    ITicketService tickets,
    MailDbContext db,
    ReplyComposer composer,
    MailAccounts accounts,
    SmtpSender sender,
    HtmlLayout layout,
    LoopProtection loops,
    TimeProvider clock) : IDomainEventHandler<ArticleAdded>
{
    public async Task HandleAsync(ArticleAdded added, DomainEventContext context, CancellationToken cancellationToken)
    {
        if (added.Channel != ArticleChannels.Email || added.Direction != ArticleDirection.Outgoing || !added.VisibleToCustomer
            || await db.SentMessages.AnyAsync(s => s.ArticleId == added.ArticleId, cancellationToken))
        {
            return;
        }

        try
        {
            await SendAsync(added, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException && context.Attempt == 1)
        {
            await tickets.AddArticleAsync(Actor.System, added.TicketNumber, new AddArticleCommand
            {
                Internal = true,
                Subject = "Email not sent yet",
                Body = $"Sending reply {added.ArticleId} by email failed: {error.Message} It is tried again, with growing pauses; administrators see the attempts in the event deliveries.",
            }, null, cancellationToken);
            throw;
        }
    }

    private async Task SendAsync(ArticleAdded added, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(Actor.System, added.TicketNumber, cancellationToken);
        var articles = await tickets.GetArticlesAsync(Actor.System, added.TicketNumber, cancellationToken);
        var reply = articles.Single(a => a.Id == added.ArticleId);
        var attachments = new List<(AttachmentInfo, byte[])>();
        foreach (var info in reply.Attachments)
        {
            await using var content = (await tickets.OpenAttachmentAsync(Actor.System, added.TicketNumber, info.Id, cancellationToken)).Content;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            attachments.Add((info, copy.ToArray()));
        }

        var from = await accounts.SenderAsync(ticket.Summary.Queue, cancellationToken);
        var html = await layout.ApplyAsync(reply.BodyHtml, new MessageLayoutContext(reply.Subject ?? ticket.Summary.Title, ticket.Summary.Number, null), cancellationToken);
        var earlier = await EarlierMessageIdsAsync(ticket.Summary.Number, articles, reply, cancellationToken);
        var message = composer.Compose(ticket, reply with { BodyHtml = html }, from, earlier, attachments);
        if (!await loops.AdmitAsync(ticket.Summary.Number, reply, message, cancellationToken))
        {
            // An automatic mail to nobody but recipients at their limit: not sent, and the ticket says why.
            return;
        }

        await sender.SendAsync(message, cancellationToken);
        db.SentMessages.Add(new SentMessage
        {
            ArticleId = reply.Id,
            TicketNumber = ticket.Summary.Number,
            MessageId = message.MessageId ?? throw new InvalidOperationException("Composed replies carry a Message-ID."),
            SentAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    // The Message-IDs of the ticket's mail before this reply, oldest first: the customer's messages as they came in,
    // and the replies sent before.
    private async Task<IReadOnlyList<string>> EarlierMessageIdsAsync(
        string number, IReadOnlyList<ArticleDetails> articles, ArticleDetails reply, CancellationToken cancellationToken)
    {
        var earlier = articles.Where(a => a.Id < reply.Id).Select(a => a.Id).ToList();
        var imported = await db.ImportedMessages
            .Where(i => earlier.Contains(i.ArticleId) && i.MessageId != null)
            .Select(i => new { i.ArticleId, MessageId = i.MessageId! })
            .ToListAsync(cancellationToken);
        var sent = await db.SentMessages.Where(s => s.TicketNumber == number && earlier.Contains(s.ArticleId)).Select(s => new { s.ArticleId, s.MessageId }).ToListAsync(cancellationToken);
        return imported.Concat(sent).OrderBy(m => m.ArticleId).Select(m => m.MessageId).Distinct(StringComparer.Ordinal).ToList();
    }
}
