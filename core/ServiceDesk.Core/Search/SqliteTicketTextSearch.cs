using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>
/// SQLite FTS5: a contentless index (the text is not stored twice) kept by triggers. Its rowid is the article id, or
/// the negated ticket id for a ticket's title. Both grow with time, so the index hands out the newest matches first
/// and stops at the limit, whatever the number of matches.
/// </summary>
public sealed class SqliteTicketTextSearch : ITicketTextSearch
{
    public IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words, int limit)
    {
        var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        var articles = db.Database.SqlQuery<long>(
            $"SELECT rowid AS \"Value\" FROM ticket_fts WHERE ticket_fts MATCH {match} AND rowid > 0 ORDER BY rowid DESC LIMIT {limit}");
        var titles = db.Database.SqlQuery<long>(
            $"SELECT -rowid AS \"Value\" FROM ticket_fts WHERE ticket_fts MATCH {match} AND rowid < 0 ORDER BY rowid LIMIT {limit}");
        return db.Articles.Where(a => articles.Contains(a.Id)).Select(a => a.TicketId).Concat(titles);
    }
}
