using Npgsql;

namespace ServiceDesk.Core.Data;

/// <summary>
/// What ServiceDesk adds to a PostgreSQL connection string the administrator did not set. Automatic preparation: the
/// same few dozen statements run for every ticket, and without it PostgreSQL parses and plans each of them every time,
/// which took most of its processor time while mail was imported.
/// </summary>
public static class PostgresConnectionDefaults
{
    /// <summary>Statements kept prepared per connection (Npgsql's <c>Max Auto Prepare</c>).</summary>
    public const int MaxAutoPrepare = 128;

    /// <summary>The connection string with the defaults for the keywords it does not name.</summary>
    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    // Whether the administrator's string names the keyword (under either spelling Npgsql accepts), whatever its value:
    // "Max Auto Prepare=0" turns the preparation off.
    private static bool Names(string connectionString, params string[] keywords)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return keywords.Any(given.ContainsKey);
    }
}
