using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Core.Plugins;
using ServiceDesk.Core.Security;
using ServiceDesk.Host.Auth;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/plugins: the plugins and their state (administrators), and each active plugin's own endpoints.</summary>
public static partial class PluginEndpoints
{
    public static void Map(RouteGroupBuilder api, PluginRegistry registry, ILogger logger)
    {
        var plugins = api.MapGroup("/plugins").WithTags("Plugins");
        plugins.MapGet("/", (HttpContext http) =>
        {
            AccessPolicy.DemandAdmin(http.User.ToActor());
            return Results.Ok(registry.Plugins);
        });

        foreach (var plugin in registry.Active)
        {
            try
            {
                plugin.Plugin.MapEndpoints(plugins.MapGroup("/" + plugin.Manifest.Id).WithTags(plugin.Manifest.Name), plugin.Context);
            }
            catch (Exception error)
            {
                registry.MarkFailed(plugin.Manifest.Id, $"Mapping its endpoints failed: {error.GetType().Name}: {error.Message}");
            }
        }

        foreach (var plugin in registry.Plugins.Where(p => p.Status is PluginStatus.Failed or PluginStatus.Incompatible))
        {
            LogNotStarted(logger, plugin.Id, plugin.Status, plugin.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Id} is {Status} and does not run: {Reason}")]
    private static partial void LogNotStarted(ILogger logger, string id, PluginStatus status, string? reason);
}
