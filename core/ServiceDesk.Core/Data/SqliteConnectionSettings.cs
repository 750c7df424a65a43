using System.Data.Common;

namespace ServiceDesk.Core.Data;

/// <summary>
/// How ServiceDesk connects to its SQLite database, and the settings every connection gets once when it is opened.
/// With WAL, synchronous=NORMAL is durable across application crashes and much faster than FULL (only a power loss
/// may drop the last commits). busy_timeout lets a writer from another process (the CLI beside the server) wait for
/// the lock instead of failing.
/// </summary>
public sealed record SqliteConnectionSettings(string ConnectionString)
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY;";

    private static int _libraryConfigured;

    /// <summary>
    /// Turns SQLite's memory statistics off for the process, before its first connection. With them on, every memory
    /// allocation inside SQLite takes one process-wide lock, on which requests reading at the same time queue up; nothing
    /// here reads the statistics. SQLite takes the setting only before its first use, and keeps it on otherwise.
    /// </summary>
    public static void ConfigureLibrary()
    {
        if (Interlocked.Exchange(ref _libraryConfigured, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
            SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
        }
    }

    /// <summary>Applies the per-connection settings to a newly opened connection.</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Applies the per-connection settings to a newly opened connection.</summary>
    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
