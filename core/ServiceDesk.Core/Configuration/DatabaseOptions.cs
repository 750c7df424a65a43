using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk:Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>sqlite (default) or postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string; for SQLite, empty means servicedesk.db in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
