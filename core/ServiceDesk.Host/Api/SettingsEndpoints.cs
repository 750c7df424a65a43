using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/states and /api/v1/fields.</summary>
public static class SettingsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var states = api.MapGroup("/states").WithTags("Settings");
        states.MapGet("/", async (ITicketSettingsService service, CancellationToken ct) => Results.Ok(await service.ListStatesAsync(ct)));
        states.MapPost("/", async (StateCommand command, HttpContext http, ITicketSettingsService service, CancellationToken ct) =>
        {
            var state = await service.CreateStateAsync(http.User.ToActor(), command, ct);
            return Results.Json(state, statusCode: StatusCodes.Status201Created);
        });
        states.MapPatch("/{id:int}", async (int id, StateCommand command, HttpContext http, ITicketSettingsService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateStateAsync(http.User.ToActor(), id, command, ct)));

        var fields = api.MapGroup("/fields").WithTags("Settings");
        fields.MapGet("/", async (ITicketSettingsService service, CancellationToken ct) => Results.Ok(await service.ListFieldsAsync(ct)));
        fields.MapPost("/", async (CustomFieldCommand command, HttpContext http, ITicketSettingsService service, CancellationToken ct) =>
        {
            var field = await service.CreateFieldAsync(http.User.ToActor(), command, ct);
            return Results.Json(field, statusCode: StatusCodes.Status201Created);
        });
        fields.MapPatch("/{id:int}", async (int id, CustomFieldCommand command, HttpContext http, ITicketSettingsService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateFieldAsync(http.User.ToActor(), id, command, ct)));
    }
}
