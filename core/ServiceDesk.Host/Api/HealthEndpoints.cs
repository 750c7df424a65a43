using ServiceDesk.Core.Data;

namespace ServiceDesk.Host.Api;

/// <summary>/health: for load balancers and monitoring; no authentication.</summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (ServiceDeskDbContext db, CancellationToken ct) =>
            {
                var database = db.Provider.ToString().ToLowerInvariant();
                return await db.Database.CanConnectAsync(ct)
                    ? Results.Ok(new { status = "ok", database })
                    : Results.Json(new { status = "unavailable", database }, statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous()
            .WithTags("Health");
}
