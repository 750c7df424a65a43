using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Applies <see cref="SqliteConnectionSettings"/> once to each physical connection EF Core opens (pooled connections
/// are opened again and again, and keep their settings).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            SqliteConnectionSettings.Apply(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await SqliteConnectionSettings.ApplyAsync(connection, cancellationToken);
        }
    }

    // The native handle is the physical connection; the SqliteConnection object is only a lease of it from the pool.
    private static bool IsNew(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryAdd(handle, handle);
}
