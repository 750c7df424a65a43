using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/queues.</summary>
public static class QueueEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var queues = api.MapGroup("/queues").WithTags("Queues");
        queues.MapGet("/", async (HttpContext http, IQueueService service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(http.User.ToActor(), ct)));
        queues.MapGet("/{id:int}", async (int id, HttpContext http, IQueueService service, CancellationToken ct) =>
            Results.Ok(await service.GetAsync(http.User.ToActor(), id, ct)));
        queues.MapPost("/", async (QueueCommand command, HttpContext http, IQueueService service, CancellationToken ct) =>
        {
            var queue = await service.CreateAsync(http.User.ToActor(), command, ct);
            return Results.Created($"/api/v1/queues/{queue.Id}", queue);
        });
        queues.MapPatch("/{id:int}", async (int id, QueueCommand command, HttpContext http, IQueueService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateAsync(http.User.ToActor(), id, command, ct)));
    }
}
