using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/plugin-settings/{id}: a plugin's settings, read and edited by administrators for the next start.</summary>
public static class PluginSettingsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/plugin-settings").WithTags("Plugins");
        settings.MapGet("/{id}", (string id, HttpContext http, PluginSettingsService service) => Results.Ok(service.Get(http.User.ToActor(), id)));
        settings.MapPut("/{id}", async (string id, Dictionary<string, string?> values, HttpContext http, PluginSettingsService service, CancellationToken ct) =>
            Results.Ok(await service.SaveAsync(http.User.ToActor(), id, values, ct)));
    }
}
