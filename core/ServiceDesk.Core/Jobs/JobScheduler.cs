using System.Text.Json;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Jobs;

/// <summary>Keeps delayed jobs' runs in the database, where <see cref="JobRunner"/> finds them when they are due.</summary>
public sealed class JobScheduler(ServiceDeskDbContext db, WriteTransaction transactions, JobCatalog catalog, TimeProvider clock) : IJobScheduler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<long> ScheduleAsync<TJob, TPayload>(TPayload payload, DateTimeOffset runAt, CancellationToken cancellationToken)
        where TJob : class, IDelayedJob<TPayload>
    {
        var registration = catalog.FindByType(typeof(TJob))
            ?? throw new InvalidOperationException($"{typeof(TJob).Name} is not registered as a delayed job (AddDelayedJob).");
        var job = new DelayedJob
        {
            Name = registration.Name,
            Payload = JsonSerializer.Serialize(payload, Json),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            DueAt = runAt.UtcDateTime,
            NextAttemptAt = runAt.UtcDateTime,
        };
        await transactions.RunAsync(async ct =>
        {
            db.DelayedJobs.Add(job);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return job.Id;
    }

    /// <summary>Reads a payload back as the job's payload type.</summary>
    public static object? PayloadOf(DelayedJob job, JobRegistration registration) =>
        JsonSerializer.Deserialize(job.Payload, registration.PayloadType!, Json);
}
