using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Jobs;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/jobs: plugins' recurring jobs and runs of delayed jobs, with their failures (administrators).</summary>
public static class JobEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/recurring", async (HttpContext http, JobService service, CancellationToken ct) =>
            Results.Ok(await service.ListRecurringAsync(http.User.ToActor(), ct)));
        jobs.MapGet("/delayed", async (DelayedJobState? state, HttpContext http, JobService service, CancellationToken ct) =>
            Results.Ok(await service.ListDelayedAsync(http.User.ToActor(), state ?? DelayedJobState.Failed, ct)));
        jobs.MapPost("/delayed/{id:long}/retry", async (long id, HttpContext http, JobService service, CancellationToken ct) =>
        {
            await service.RetryDelayedAsync(http.User.ToActor(), id, ct);
            return Results.NoContent();
        });
    }
}
