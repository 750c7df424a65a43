using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Hands out the ids of rows about to be inserted, inside the unit of work that inserts them, so that rows which refer
/// to each other go in with one save instead of one save per level, and without reading each id back. On SQLite the
/// unit of work holds the database's only write lock from its first write, so the ids after the table's sequence are
/// free; call this after the unit has written (see <see cref="Tickets.TicketWriter"/>). On PostgreSQL the ids come
/// from the table's identity sequence, so they are unique across nodes.
/// </summary>
public static class RowIds
{
    /// <summary><paramref name="count"/> unused ids of <paramref name="table"/>, in increasing order.</summary>
    public static async Task<IReadOnlyList<long>> ReserveAsync(ServiceDeskDbContext db, string table, int count, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var ids = await db.Database
                .SqlQuery<long>($"""SELECT nextval(pg_get_serial_sequence({Quoted(table)}, 'Id')) AS "Value" FROM generate_series(1, {count})""")
                .ToListAsync(cancellationToken);
            return ids.Order().ToList();
        }

        // AUTOINCREMENT keeps the highest id ever used in sqlite_sequence; inserting higher ids moves it on.
        var last = await PreparedCommands.For(db, """SELECT coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = $table), 0)""")
            .With("$table", table)
            .ExecuteScalarAsync(cancellationToken);
        return Enumerable.Range(1, count).Select(i => (long)last! + i).ToList();
    }

    private static string Quoted(string table) => $"\"{table}\"";
}
