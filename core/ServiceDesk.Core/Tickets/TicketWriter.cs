using System.Globalization;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Inserts checked new tickets with their first articles, numbers, history and events, inside the caller's unit of
/// work. Several tickets at once cost two round trips and one number reservation, not two and one each.
/// </summary>
public sealed class TicketWriter(ServiceDeskDbContext db, TicketNumberGenerator numbers, ChangeRecorder recorder)
{
    public async Task InsertAsync(IReadOnlyList<NewTicket> tickets, CancellationToken cancellationToken)
    {
        var reserved = await numbers.NextAsync(db, tickets.Count, cancellationToken);
        for (var i = 0; i < tickets.Count; i++)
        {
            var (ticket, article) = (tickets[i].Ticket, tickets[i].Article);
            ticket.Number = reserved[i];
            article.Ticket = ticket;
            db.Tickets.Add(ticket);
            db.Articles.Add(article);
        }

        // History and events name the new ids, so they follow once the ids exist.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (actor, ticket, article, queueName, stateName) in tickets)
        {
            recorder.History(ticket.Id, actor, HistoryTypes.TicketCreate, null, null, $"{ticket.Number} in {queueName}, {stateName}, priority {(int)ticket.Priority}");
            recorder.History(ticket.Id, actor, HistoryTypes.ArticleAdd, "article", null, article.Id.ToString(CultureInfo.InvariantCulture));
            recorder.Event(actor, new TicketCreated(ticket.Id, ticket.Number, ticket.QueueId, ticket.CustomerUserId, article.Id, article.Channel));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
