using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Host.Hosting;

/// <summary>Starts the bundled and installed plugins into a host's services, for the web service and the CLI alike.</summary>
public static class PluginStartup
{
    public static PluginRegistry Start(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ServiceDeskOptions.SectionName).Get<ServiceDeskOptions>() ?? new ServiceDeskOptions();
        var folders = PluginDiscovery.Find(PluginDiscovery.BundledRoot, PluginDiscovery.InstalledRoot(options.DataPath));
        var registry = new PluginBootstrapper(new McMasterPluginAssemblyLoader()).Start(folders, services, configuration);
        services.AddSingleton(registry);
        return registry;
    }
}
