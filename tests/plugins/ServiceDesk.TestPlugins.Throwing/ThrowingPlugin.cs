using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.TestPlugins.Throwing;

/// <summary>Registers a service the host knows, then fails: nothing of it may stay in the host.</summary>
public sealed class ThrowingPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        services.AddSingleton(context);
        throw new InvalidOperationException("The throwing plugin refuses to start.");
    }
}
