using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Which migrations a database has, read with plain queries, and which a context brings, read from its assembly: at
/// every start, Entity Framework's own answers would build the history table's model and compile a query (a fifth of a
/// second for the core), and for a plugin's context build its internal services too.
/// </summary>
public static class MigrationHistory
{
    /// <summary>The ids in <paramref name="historyTable"/>; none when the table is not there yet.</summary>
    public static async Task<HashSet<string>> AppliedAsync(ServiceDeskDbContext db, string historyTable, CancellationToken cancellationToken)
    {
        var exists = db.Provider == DatabaseProvider.Sqlite
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{historyTable}'"
            : $"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '{historyTable}'";
        return Convert.ToInt64(await PlainSql.ScalarAsync(db, exists, cancellationToken), CultureInfo.InvariantCulture) == 0
            ? []
            : new HashSet<string>(await PlainSql.StringsAsync(db, $"SELECT \"MigrationId\" FROM \"{historyTable}\"", cancellationToken), StringComparer.Ordinal);
    }

    /// <summary>The ids of the migrations in <paramref name="contextType"/>'s assembly that belong to it, as Entity Framework finds them.</summary>
    public static IReadOnlyList<string> Of(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
}
