using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>
/// Adds new articles and ticket titles to SQLite's full-text index in batches, outside the writes that create them:
/// indexing a few thousand rows at once costs far less than one at a time inside each ticket's transaction, and the
/// single writer spends its time on tickets. Two counters hold the newest article and ticket ids indexed so far; ids
/// only grow, and SQLite has one writer at a time, so everything up to a counter is in the index. A search first
/// brings the index up to the rows committed before it (<see cref="CatchUpAsync"/>), so it never misses them;
/// <see cref="SqliteSearchIndexJob"/> keeps the index close behind in the meantime.
/// </summary>
public sealed class SqliteSearchIndexer(ServiceDeskDbContext db, WriteTransaction transactions)
{
    public const string ArticlesCounter = "search-articles";
    public const string TitlesCounter = "search-titles";

    /// <summary>At most this many articles, and as many titles, go into the index per unit of work.</summary>
    public const int MaxRowsPerUnit = 5_000;

    // What goes into the index: an article's subject and body under its id, a ticket's title under its negated id.
    private static readonly IndexedSource[] Sources =
    [
        new(ArticlesCounter, "Articles", "\"Id\"", "coalesce(\"Subject\", '') || ' ' || \"BodyText\""),
        new(TitlesCounter, "Tickets", "-\"Id\"", "\"Title\""),
    ];

    /// <summary>Indexes everything committed before the call. Returns the number of articles and titles indexed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var target = await PositionAsync(cancellationToken);
        var position = target;
        var indexed = 0;
        while (position.IndexedArticles < target.NewestArticle || position.IndexedTitles < target.NewestTicket)
        {
            // Nothing left to index although a counter is behind: the newest rows were deleted meanwhile.
            var rows = await transactions.RunAsync(IndexNextAsync, cancellationToken);
            if (rows == 0)
            {
                break;
            }

            indexed += rows;
            position = await PositionAsync(cancellationToken);
        }

        return indexed;
    }

    // The next rows after each counter go into the index and the counter moves to the last of them. The counter is
    // read inside the unit of work, so two catch-ups at once index each row once.
    private async Task<int> IndexNextAsync(CancellationToken cancellationToken)
    {
        var indexed = 0;
        foreach (var source in Sources)
        {
            // The table and expressions are constants of this class; the counter's name and the limit are parameters.
            var next = $$"""SELECT "Id" FROM "{{source.Table}}" WHERE "Id" > (SELECT "Value" FROM "Counters" WHERE "Name" = {0}) ORDER BY "Id" LIMIT {1}""";
            var insert = $$"""INSERT INTO ticket_fts(rowid, body) SELECT {{source.RowId}}, {{source.Text}} FROM "{{source.Table}}" WHERE "Id" IN ({{next}}) ORDER BY "Id" """;
            var advance = $$"""UPDATE "Counters" SET "Value" = coalesce((SELECT max("Id") FROM ({{next}})), "Value") WHERE "Name" = {0}""";
            indexed += await db.Database.ExecuteSqlRawAsync(insert, [source.Counter, MaxRowsPerUnit], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(advance, [source.Counter, MaxRowsPerUnit], cancellationToken);
        }

        return indexed;
    }

    private Task<IndexPosition> PositionAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<IndexPosition>($"""
            SELECT
                (SELECT coalesce(max("Id"), 0) FROM "Articles") AS "NewestArticle",
                (SELECT coalesce(max("Id"), 0) FROM "Tickets") AS "NewestTicket",
                (SELECT "Value" FROM "Counters" WHERE "Name" = {ArticlesCounter}) AS "IndexedArticles",
                (SELECT "Value" FROM "Counters" WHERE "Name" = {TitlesCounter}) AS "IndexedTitles"
            """).SingleAsync(cancellationToken);

    private sealed record IndexedSource(string Counter, string Table, string RowId, string Text);

    private sealed class IndexPosition
    {
        public long NewestArticle { get; init; }

        public long NewestTicket { get; init; }

        public long IndexedArticles { get; init; }

        public long IndexedTitles { get; init; }
    }
}
