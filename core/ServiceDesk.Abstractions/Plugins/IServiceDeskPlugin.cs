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

    /// <summary>
    /// Runs once per database, at the first start of the plugin on it, after its migrations: for data the plugin needs
    /// from the beginning (defaults, seed rows). A start on several nodes at once may run it on more than one, so it
    /// checks before it adds. If it throws, the plugin is marked failed and it runs again at the next start.
    /// </summary>
    /// <param name="services">A scope of the host's services, with the plugin's own.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    Task InstallAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs at the first start of a newer version of the plugin on a database, after its migrations, with the version
    /// that ran before. The same rules as <see cref="InstallAsync"/> apply.
    /// </summary>
    /// <param name="services">A scope of the host's services, with the plugin's own.</param>
    /// <param name="fromVersion">The version that ran on this database before (semantic versioning).</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    Task UpgradeAsync(IServiceProvider services, string fromVersion, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs when an administrator uninstalls the plugin, while its code still runs. With <paramref name="purge"/>, the
    /// host then removes the plugin's tables (its migrations are reverted); the plugin removes anything else it keeps.
    /// </summary>
    /// <param name="services">A scope of the host's services, with the plugin's own.</param>
    /// <param name="purge">Whether the plugin's data goes too.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    Task UninstallAsync(IServiceProvider services, bool purge, CancellationToken cancellationToken) => Task.CompletedTask;
}
