using ServiceDesk.Core.Data;

namespace ServiceDesk.Host.Api;

/// <summary>/health: for load balancers and monitoring; no authentication.</summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (ServiceDeskDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct)
                    ? Results.Ok(new { status = "ok", database = db.Provider.ToString().ToLowerInvariant() })
                    : Results.Json(new { status = "unavailable", database = db.Provider.ToString().ToLowerInvariant() }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithTags("Health");
}
