using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDesk.Abstractions.Plugins;

/// <summary>
/// The entry of a plugin: the one public class of its entry assembly that implements this interface, with a public
/// parameterless constructor. ServiceDesk creates it once at start, after the plugins it depends on.
/// </summary>
/// <remarks>
/// A plugin registers its services on the host's container, so it can take any SDK service (for example
/// <see cref="Tickets.ITicketService"/>) in its constructors, and the host finds what the plugin registers for the
/// SDK's extension points. Whatever this class throws marks the plugin failed, with the error as the reason; the
/// host then starts without it, and nothing the plugin registered stays behind.
/// </remarks>
public interface IServiceDeskPlugin
{
    /// <summary>Registers the plugin's services; settings come from <see cref="PluginContext.Configuration"/>.</summary>
    /// <param name="services">The host's services; what is added here is added only if the whole call succeeds.</param>
    /// <param name="context">Who the plugin is, where it lives and its settings.</param>
    void ConfigureServices(IServiceCollection services, PluginContext context);

    /// <summary>
    /// Maps the plugin's HTTP endpoints. <paramref name="endpoints"/> is rooted at <c>/api/v1/plugins/{id}</c> and
    /// requires an authenticated caller; the plugin checks further permissions itself.
    /// </summary>
    /// <param name="endpoints">The plugin's own route group.</param>
    /// <param name="context">Who the plugin is, where it lives and its settings.</param>
    void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context)
    {
    }
}
