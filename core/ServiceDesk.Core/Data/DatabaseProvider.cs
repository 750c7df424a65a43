namespace ServiceDesk.Core.Data;

/// <summary>The database engines ServiceDesk runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file under the data directory: the default, for a small department.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL: for production and several server nodes.</summary>
    Postgres = 1,
}
