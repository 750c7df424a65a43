using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Uninstalls a plugin: runs its uninstall hook while its code still runs in this process, and with purge removes its
/// data at once (its migrations reverted, its history table dropped, its installation record deleted); its files go
/// at the next start (<see cref="PluginInstaller.UninstallAsync"/>).
/// </summary>
public sealed class PluginRemoval(
    IServiceProvider services,
    PluginRegistry registry,
    PluginInstaller installer,
    IEnumerable<PluginDbContextRegistration> contexts)
{
    public async Task<PluginChange> UninstallAsync(string id, bool purge, CancellationToken cancellationToken)
    {
        installer.CheckUninstallable(id);
        var plugin = registry.Active.SingleOrDefault(p => p.Manifest.Id == id);
        if (plugin is null && purge)
        {
            var status = registry.Plugins.SingleOrDefault(p => p.Id == id)?.Status.ToString().ToLowerInvariant() ?? "not started yet";
            throw new PluginPackageException(
                $"Plugin '{id}' does not run ({status}), and only its running code can remove its data: enable it, restart, and uninstall it again; or uninstall it and keep its data.");
        }

        if (plugin is not null)
        {
            await using var scope = services.CreateAsyncScope();
            await plugin.Plugin.UninstallAsync(scope.ServiceProvider, purge, cancellationToken);
            if (purge)
            {
                await RemoveDataAsync(scope.ServiceProvider, id, cancellationToken);
            }
        }

        return await installer.UninstallAsync(id, purge, cancellationToken);
    }

    private async Task RemoveDataAsync(IServiceProvider scope, string id, CancellationToken cancellationToken)
    {
        var dropHistory = $"DROP TABLE IF EXISTS \"{PluginDatabase.HistoryTableOf(id)}\"";
        foreach (var registration in contexts.Where(c => c.PluginId == id))
        {
            var context = (DbContext)scope.GetRequiredService(registration.ContextType);
            // Reverting to the empty database runs every applied migration's Down: the plugin's tables go as it made them.
            await context.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase, cancellationToken: cancellationToken);
            await context.Database.ExecuteSqlRawAsync(dropHistory, cancellationToken);
        }

        await scope.GetRequiredService<ServiceDeskDbContext>().PluginInstallations.Where(i => i.PluginId == id).ExecuteDeleteAsync(cancellationToken);
    }
}
