using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Abstractions.Data;

/// <summary>
/// The host's database as a plugin's tables see it: the same database as the core's, on SQLite or PostgreSQL, with a
/// migration history table of the plugin's own (<c>__Plugin_{id}_Migrations</c>). Used by
/// <see cref="PluginDataServiceCollectionExtensions.AddPluginDbContext{TContext}"/>.
/// </summary>
public interface IPluginDatabase
{
    /// <summary>The engine in use: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    string Provider { get; }

    /// <summary>Points <paramref name="options"/> at the host's database, with the plugin's own migration history.</summary>
    /// <param name="options">The options of the plugin's context.</param>
    /// <param name="pluginId">The plugin's id.</param>
    void Configure(DbContextOptionsBuilder options, string pluginId);
}
