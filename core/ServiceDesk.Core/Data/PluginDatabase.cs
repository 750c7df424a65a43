using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Data;

/// <summary>Puts plugins' contexts on the core's database, each with a migration history table of its own.</summary>
public sealed class PluginDatabase(IOptions<ServiceDeskOptions> options) : IPluginDatabase
{
    public string Provider => options.Value.Database.Provider.ToString();

    /// <summary>The table that records which of a plugin's migrations ran.</summary>
    public static string HistoryTableOf(string pluginId) => $"__Plugin_{pluginId}_Migrations";

    public void Configure(DbContextOptionsBuilder builder, string pluginId)
    {
        var connectionString = ServiceCollectionExtensions.ConnectionStringOf(options.Value);
        // A plugin's migrations serve both engines, so they cannot carry one engine's model snapshot; without it, Entity
        // Framework would take every migration for a pending model change and refuse to migrate.
        builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        if (options.Value.Database.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTableOf(pluginId)));
        }
        else
        {
            builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(HistoryTableOf(pluginId)))
                .AddInterceptors(new SqlitePragmaInterceptor());
        }
    }
}
