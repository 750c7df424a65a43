using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>
/// PostgreSQL full-text search over stored tsvector columns with GIN indexes. The "russian" configuration stems
/// Russian words and hands Latin words to the English stemmer, so both languages are found.
/// </summary>
public sealed class PostgresTicketTextSearch : ITicketTextSearch
{
    public IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words)
    {
        var query = string.Join(" & ", words.Select(w => w + ":*"));
        return db.Database.SqlQuery<long>($"""
            SELECT "Id" AS "Value" FROM "Tickets" WHERE "SearchVector" @@ to_tsquery('russian', {query})
            UNION
            SELECT "TicketId" AS "Value" FROM "Articles" WHERE "SearchVector" @@ to_tsquery('russian', {query})
            """);
    }
}
