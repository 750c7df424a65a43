using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>
/// SQLite FTS5: a contentless index (the text is not stored twice) kept by triggers. Its rowid is the article id,
/// or the negated ticket id for a ticket's title.
/// </summary>
public sealed class SqliteTicketTextSearch : ITicketTextSearch
{
    public IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words)
    {
        var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        var hits = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM ticket_fts WHERE ticket_fts MATCH {match}");
        return db.Articles.Where(a => hits.Contains(a.Id)).Select(a => a.TicketId)
            .Concat(hits.Where(id => id < 0).Select(id => -id));
    }
}
