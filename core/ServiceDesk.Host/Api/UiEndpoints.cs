using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/ui/contributions: what the active plugins add to the web interface, for the caller's areas.</summary>
public static class UiEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/ui/contributions", (HttpContext http, UiContributions contributions) => Results.Ok(contributions.For(http.User.ToActor())))
            .WithTags("Plugins");
}
