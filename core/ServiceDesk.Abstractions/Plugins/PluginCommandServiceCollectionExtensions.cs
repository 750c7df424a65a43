using Microsoft.Extensions.DependencyInjection;

namespace ServiceDesk.Abstractions.Plugins;

/// <summary>Registers a plugin's commands in the <c>servicedesk</c> command line.</summary>
public static class PluginCommandServiceCollectionExtensions
{
    /// <summary>Adds <paramref name="command"/> as <c>servicedesk {id} {name}</c>.</summary>
    /// <param name="services">The services the plugin registers.</param>
    /// <param name="context">The plugin's context, as passed to <see cref="IServiceDeskPlugin.ConfigureServices"/>.</param>
    /// <param name="command">The command.</param>
    public static IServiceCollection AddPluginCommand(this IServiceCollection services, PluginContext context, PluginCommand command) =>
        services.AddSingleton(new PluginCommandRegistration(context.Id, command));
}
