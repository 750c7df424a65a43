using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>
/// PostgreSQL full-text search over stored tsvector columns with GIN indexes. The "russian" configuration stems
/// Russian words and hands Latin words to the English stemmer, so both languages are found. The newest matches come
/// first, up to the limit.
/// </summary>
public sealed class PostgresTicketTextSearch : ITicketTextSearch
{
    /// <summary>Nothing to do: the stored columns are computed as the rows are written.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words, int limit)
    {
        var query = string.Join(" & ", words.Select(w => w + ":*"));
        return db.Database.SqlQuery<long>($"""
            SELECT m."Value" FROM (
                (SELECT "Id" AS "Value" FROM "Tickets" WHERE "SearchVector" @@ to_tsquery('russian', {query}) ORDER BY "Id" DESC LIMIT {limit})
                UNION
                (SELECT "TicketId" AS "Value" FROM "Articles" WHERE "SearchVector" @@ to_tsquery('russian', {query}) ORDER BY "Id" DESC LIMIT {limit})
            ) AS m
            """);
    }
}
