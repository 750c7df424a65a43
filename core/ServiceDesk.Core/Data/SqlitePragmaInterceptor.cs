using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Per-connection SQLite settings, applied once to each physical connection (pooled connections are opened again and
/// again, and keep their settings). With WAL, synchronous=NORMAL is durable across application crashes and much faster
/// than FULL (only a power loss may drop the last commits). busy_timeout lets a writer from another process (the CLI
/// beside the server) wait for the lock instead of failing.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // The native handle is the physical connection; the SqliteConnection object is only a lease of it from the pool.
    private static bool IsNew(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryAdd(handle, handle);
}
