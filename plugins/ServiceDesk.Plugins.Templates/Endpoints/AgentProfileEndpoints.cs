using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>
/// An agent keeps their own signature, watched queues and muted notifications at <c>/api/v1/plugins/templates/me</c>;
/// administrators keep anyone's at <c>/api/v1/plugins/templates/agents/{userId}</c>.
/// </summary>
public static class AgentProfileEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/me");
        me.MapGet("/", async (HttpContext http, AgentProfiles profiles, CancellationToken ct) =>
            Results.Ok(AgentProfileView.Of(await profiles.GetAsync(AgentOf(http), ct))));
        me.MapPut("/", async (AgentProfileRequest request, HttpContext http, AgentProfiles profiles, CancellationToken ct) =>
            Results.Ok(AgentProfileView.Of(await profiles.SaveAsync(AgentOf(http), request, ct))));

        var agents = endpoints.MapGroup("/agents/{userId:int}").ForAdministrators("Other agents' profiles are kept by administrators.");
        agents.MapGet("/", async (int userId, IUserService users, AgentProfiles profiles, CancellationToken ct) =>
        {
            await users.GetAsync(Actor.System, userId, ct);
            return Results.Ok(AgentProfileView.Of(await profiles.GetAsync(userId, ct)));
        });
        agents.MapPut("/", async (int userId, AgentProfileRequest request, IUserService users, AgentProfiles profiles, CancellationToken ct) =>
        {
            await users.GetAsync(Actor.System, userId, ct);
            return Results.Ok(AgentProfileView.Of(await profiles.SaveAsync(userId, request, ct)));
        });
    }

    private static int AgentOf(HttpContext http)
    {
        var actor = http.User.ToActor();
        return actor.IsAgent ? actor.Id : throw new ForbiddenException("Profiles are for agents.");
    }
}
