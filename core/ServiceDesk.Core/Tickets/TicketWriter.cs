using System.Globalization;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Inserts checked new tickets with their first articles, numbers, history and events, inside the caller's unit of
/// work. Several tickets at once cost one number reservation and one save, not one and two each: the ids of the
/// tickets and articles are reserved first (<see cref="RowIds"/>), so the history and events that name them go into
/// the same save.
/// </summary>
public sealed class TicketWriter(ServiceDeskDbContext db, TicketNumberGenerator numbers, ChangeRecorder recorder, IdempotencyKeyStore keys)
{
    // What a new ticket writes, each table after those it refers to.
    private static readonly Type[] Tables =
        [typeof(Ticket), typeof(TicketTag), typeof(TicketFieldValue), typeof(Article), typeof(Attachment), typeof(IdempotencyKey), typeof(HistoryEntry), typeof(OutboxMessage)];

    public async Task InsertAsync(IReadOnlyList<NewTicket> tickets, CancellationToken cancellationToken)
    {
        // The number reservation is the unit's first write: on SQLite it takes the write lock that the ids rely on.
        var reserved = await numbers.NextAsync(db, tickets.Count, cancellationToken);
        var ticketIds = await RowIds.ReserveAsync(db, "Tickets", tickets.Count, cancellationToken);
        var articleIds = await RowIds.ReserveAsync(db, "Articles", tickets.Count, cancellationToken);
        for (var i = 0; i < tickets.Count; i++)
        {
            var (actor, ticket, article, queueName, stateName, idempotencyKeys) = tickets[i];
            (ticket.Id, ticket.Number) = (ticketIds[i], reserved[i]);
            (article.Id, article.Ticket) = (articleIds[i], ticket);
            db.Tickets.Add(ticket);
            db.Articles.Add(article);
            keys.Record(article, idempotencyKeys, ticket.CreatedAt);
            recorder.History(ticket.Id, actor, HistoryTypes.TicketCreate, null, null, $"{ticket.Number} in {queueName}, {stateName}, priority {(int)ticket.Priority}");
            recorder.History(ticket.Id, actor, HistoryTypes.ArticleAdd, "article", null, article.Id.ToString(CultureInfo.InvariantCulture));
            recorder.Event(actor, new TicketCreated(ticket.Id, ticket.Number, ticket.QueueId, ticket.CustomerUserId, article.Id, article.Channel, article.Automation));
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await AddedRowWriter.InsertAsync(db, Tables, cancellationToken);
        }

        // Everything on PostgreSQL; on SQLite whatever else the caller's unit of work has pending.
        await db.SaveChangesAsync(cancellationToken);
    }
}
