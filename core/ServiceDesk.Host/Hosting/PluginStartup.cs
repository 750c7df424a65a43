using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Plugins;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Host.Hosting;

/// <summary>Starts the bundled and installed plugins into a host's services, for the web service and the CLI alike.</summary>
public static class PluginStartup
{
    /// <param name="applyPendingChanges">
    /// Remove what administrators uninstalled or upgraded first, and record the plugins as started: the service does at
    /// its start; the CLI does not, since the service may be running from those files.
    /// </param>
    public static PluginRegistry Start(IServiceCollection services, IConfiguration configuration, bool applyPendingChanges)
    {
        var options = configuration.GetSection(ServiceDeskOptions.SectionName).Get<ServiceDeskOptions>() ?? new ServiceDeskOptions();
        var installer = new PluginInstaller(PluginDiscovery.BundledRoot, options.DataPath, options.PluginPackages, configuration);
        if (applyPendingChanges)
        {
            try
            {
                installer.ApplyPendingChanges();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or PluginPackageException)
            {
                // Left-over files are no reason not to serve: uninstalled plugins stay out all the same (by the state).
                Console.Error.WriteLine($"warning: the plugins' changes waiting for this start could not all be made: {error.Message}");
            }
        }

        var state = installer.Store.Load();
        var folders = PluginDiscovery.Find(PluginDiscovery.BundledRoot, PluginDiscovery.InstalledRoot(options.DataPath), state);
        var registry = new PluginBootstrapper(new McMasterPluginAssemblyLoader()).Start(folders, state, services, configuration);
        var startRecord = new PluginStartRecord(PluginDiscovery.InstalledRoot(options.DataPath));
        if (applyPendingChanges)
        {
            startRecord.Keep(registry, TimeProvider.System.GetUtcNow());
        }

        services.AddSingleton(registry);
        services.AddSingleton(startRecord);
        services.AddSingleton(installer);
        services.AddSingleton<PluginOverview>();
        services.AddSingleton(new PluginSettingsStore(options.DataPath));
        services.AddSingleton<PluginSettingsService>();
        return registry;
    }
}
