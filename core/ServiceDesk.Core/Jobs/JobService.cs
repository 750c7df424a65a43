using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Jobs;

/// <summary>What administrators see of durable jobs, and how they start a given-up run again.</summary>
public sealed class JobService(ServiceDeskDbContext db, WriteTransaction transactions, JobCatalog catalog, TimeProvider clock)
{
    /// <summary>At most this many runs per list, the newest first.</summary>
    public const int ListLimit = 200;

    public async Task<IReadOnlyList<RecurringJobInfo>> ListRecurringAsync(Actor actor, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var now = clock.GetUtcNow().UtcDateTime;
        var jobs = await db.RecurringJobs.AsNoTracking().OrderBy(j => j.Name).ToListAsync(cancellationToken);
        return jobs.Select(j => new RecurringJobInfo(
            j.Name, j.Cron, UtcTimes.Offset(j.NextRunAt), j.LastRunAt is { } last ? UtcTimes.Offset(last) : null, j.Failures, j.LastError,
            j.LeaseUntil > now, catalog.Find(j.Name) is not null)).ToList();
    }

    public async Task<IReadOnlyList<DelayedJobInfo>> ListDelayedAsync(Actor actor, DelayedJobState state, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var jobs = db.DelayedJobs.AsNoTracking();
        jobs = state switch
        {
            DelayedJobState.Failed => jobs.Where(j => j.FinishedAt == null && j.LastError != null),
            DelayedJobState.Pending => jobs.Where(j => j.FinishedAt == null && j.GaveUpAt == null),
            DelayedJobState.GivenUp => jobs.Where(j => j.GaveUpAt != null),
            _ => jobs.Where(j => j.FinishedAt != null),
        };
        var rows = await jobs.OrderByDescending(j => j.Id).Take(ListLimit).ToListAsync(cancellationToken);
        return rows.Select(j => new DelayedJobInfo(
            j.Id, j.Name, UtcTimes.Offset(j.DueAt), j.Attempts, UtcTimes.Offset(j.NextAttemptAt), j.FinishedAt is { } done ? UtcTimes.Offset(done) : null,
            j.GaveUpAt is { } gaveUp ? UtcTimes.Offset(gaveUp) : null, j.LastError)).ToList();
    }

    /// <summary>Starts a run that was given up again, from a clean count of attempts, at once.</summary>
    public Task RetryDelayedAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        return LeasedWork.RetryAsync(db.DelayedJobs, id, "Delayed job run", transactions, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

}
