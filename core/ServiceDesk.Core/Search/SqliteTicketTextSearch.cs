using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>
/// SQLite FTS5: a contentless index (the text is not stored twice) filled in batches after the writes by
/// <see cref="SqliteSearchIndexer"/>, with prefix indexes of 4 and 6 characters. Its rowid is the article id, or the
/// negated ticket id for a ticket's title. Both grow with time, so the index hands out the newest matches first and
/// stops at the limit, whatever the number of matches.
/// </summary>
public sealed class SqliteTicketTextSearch(SqliteSearchIndexer indexer) : ITicketTextSearch
{
    private const int LongPrefix = 6;
    private const int ShortPrefix = 4;

    /// <summary>Indexes whatever was committed and not indexed yet.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) => indexer.CatchUpAsync(cancellationToken);

    public IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words, int limit)
    {
        var match = MatchExpression(words);
        var articles = db.Database.SqlQuery<long>(
            $"SELECT rowid AS \"Value\" FROM ticket_fts WHERE ticket_fts MATCH {match} AND rowid > 0 ORDER BY rowid DESC LIMIT {limit}");
        var titles = db.Database.SqlQuery<long>(
            $"SELECT -rowid AS \"Value\" FROM ticket_fts WHERE ticket_fts MATCH {match} AND rowid < 0 ORDER BY rowid LIMIT {limit}");
        return db.Articles.Where(a => articles.Contains(a.Id)).Select(a => a.TicketId).Concat(titles);
    }

    /// <summary>
    /// The FTS5 query for the words, all of which must match. SQLite has no Russian stemmer, so a word matches by its
    /// first 6 letters (4 for words of 4 or 5), which finds the forms of a word ("принтера" finds "принтер"), and only
    /// prefixes of those lengths are in the index. Words with digits (host names, error codes, asset numbers) and
    /// words under 4 letters match exactly.
    /// </summary>
    public static string MatchExpression(IEnumerable<string> words) => string.Join(' ', words.Select(word =>
        word.Length < ShortPrefix || word.Any(char.IsDigit)
            ? $"\"{word}\""
            : $"\"{word[..(word.Length >= LongPrefix ? LongPrefix : ShortPrefix)]}\"*"));
}
