using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Semver;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Prepares each active plugin's data at start, in dependency order: applies its contexts' migrations, then runs its
/// install hook on a database it never ran on, or its upgrade hook when a newer version starts, and records the
/// version. A plugin whose data cannot be prepared is marked failed, with the reason; the host and the other plugins
/// go on.
/// </summary>
public sealed partial class PluginDataStartup(
    IServiceProvider services,
    PluginRegistry registry,
    IEnumerable<PluginDbContextRegistration> contexts,
    TimeProvider clock,
    ILogger<PluginDataStartup> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        foreach (var plugin in registry.Active)
        {
            try
            {
                await PrepareAsync(plugin, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var reason = $"Preparing its data failed: {error.GetType().Name}: {error.Message}";
                registry.MarkFailed(plugin.Manifest.Id, reason);
                LogFailed(logger, plugin.Manifest.Id, reason);
            }
        }
    }

    private async Task PrepareAsync(ActivePlugin plugin, CancellationToken cancellationToken)
    {
        var id = plugin.Manifest.Id;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var registrations = contexts.Where(c => c.PluginId == id).ToList();
        if (registrations.Count > 0)
        {
            // Compared with plain queries first: a plugin whose migrations are all applied, as at most starts, costs no
            // context of its own (building one's internal services takes a quarter of a second on a small machine).
            var applied = await MigrationHistory.AppliedAsync(db, PluginDatabase.HistoryTableOf(id), cancellationToken);
            foreach (var registration in registrations.Where(r => MigrationHistory.Of(r.ContextType).Any(m => !applied.Contains(m))))
            {
                await ((DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType)).Database.MigrateAsync(cancellationToken);
            }
        }

        // A plain query too: it is the process's first of Entity Framework's own, whose compilation would take as long.
        var recorded = await PlainSql.ScalarAsync(db, "SELECT \"Version\" FROM \"PluginInstallations\" WHERE \"PluginId\" = @id", cancellationToken, id) as string;
        var version = plugin.Manifest.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        PluginInstallation? installation = null;
        if (recorded is null)
        {
            await plugin.Plugin.InstallAsync(scope.ServiceProvider, cancellationToken);
            db.PluginInstallations.Add(new PluginInstallation { PluginId = id, Version = version.ToString(), InstalledAt = now, UpdatedAt = now });
        }
        else if (SemVersion.TryParse(recorded, SemVersionStyles.Strict, out var before) && before.ComparePrecedenceTo(version) < 0)
        {
            await plugin.Plugin.UpgradeAsync(scope.ServiceProvider, recorded, cancellationToken);
            installation = await db.PluginInstallations.SingleAsync(i => i.PluginId == id, cancellationToken);
            installation.Version = version.ToString();
            installation.UpdatedAt = now;
        }
        else
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (recorded is null)
        {
            // Another node started the plugin on this database at the same moment and recorded it first.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Id} is failed and does not run: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);
}
