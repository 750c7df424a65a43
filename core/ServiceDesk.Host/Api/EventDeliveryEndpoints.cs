using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Events;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/event-deliveries: failed, pending and given-up deliveries of events to handlers (administrators).</summary>
public static class EventDeliveryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var deliveries = api.MapGroup("/event-deliveries").WithTags("Events");
        deliveries.MapGet("/", async (EventDeliveryState? state, HttpContext http, EventDeliveryService service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(http.User.ToActor(), state ?? EventDeliveryState.Failed, ct)));
        deliveries.MapPost("/{id:long}/retry", async (long id, HttpContext http, EventDeliveryService service, CancellationToken ct) =>
        {
            await service.RetryAsync(http.User.ToActor(), id, ct);
            return Results.NoContent();
        });
    }
}
