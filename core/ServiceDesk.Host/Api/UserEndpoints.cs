using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/users, /api/v1/groups and /api/v1/roles.</summary>
public static class UserEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", async (HttpContext http, IUserService service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(http.User.ToActor(), ct)));
        users.MapGet("/{id:int}", async (int id, HttpContext http, IUserService service, CancellationToken ct) =>
            Results.Ok(await service.GetAsync(http.User.ToActor(), id, ct)));
        users.MapPost("/", async (UserCommand command, HttpContext http, IUserService service, CancellationToken ct) =>
        {
            var user = await service.CreateAsync(http.User.ToActor(), command, ct);
            return Results.Created($"/api/v1/users/{user.Id}", user);
        });
        users.MapPatch("/{id:int}", async (int id, UserCommand command, HttpContext http, IUserService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateAsync(http.User.ToActor(), id, command, ct)));

        var groups = api.MapGroup("/groups").WithTags("Users");
        groups.MapGet("/", async (HttpContext http, IGroupService service, CancellationToken ct) =>
            Results.Ok(await service.ListGroupsAsync(http.User.ToActor(), ct)));
        groups.MapPost("/", async (GroupCommand command, HttpContext http, IGroupService service, CancellationToken ct) =>
        {
            var group = await service.CreateGroupAsync(http.User.ToActor(), command, ct);
            return Results.Json(group, statusCode: StatusCodes.Status201Created);
        });
        groups.MapPatch("/{id:int}", async (int id, GroupCommand command, HttpContext http, IGroupService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateGroupAsync(http.User.ToActor(), id, command, ct)));

        var roles = api.MapGroup("/roles").WithTags("Users");
        roles.MapGet("/", async (HttpContext http, IGroupService service, CancellationToken ct) =>
            Results.Ok(await service.ListRolesAsync(http.User.ToActor(), ct)));
        roles.MapPost("/", async (RoleCommand command, HttpContext http, IGroupService service, CancellationToken ct) =>
        {
            var role = await service.CreateRoleAsync(http.User.ToActor(), command, ct);
            return Results.Json(role, statusCode: StatusCodes.Status201Created);
        });
        roles.MapPatch("/{id:int}", async (int id, RoleCommand command, HttpContext http, IGroupService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateRoleAsync(http.User.ToActor(), id, command, ct)));
    }
}
