using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Runs the durable jobs that are due. A node claims a run with one conditional update (the row must still be due and
/// unclaimed, or its claim run out), so with several nodes each run happens on one; a crashed node's claim runs out
/// after the lease, and the run is made again, while a node that stops gracefully gives back at once what it claimed
/// and did not finish. Only jobs registered in this process are claimed: a node without the
/// plugin leaves them to others, and a disabled plugin's runs wait for it.
/// </summary>
public sealed partial class JobRunner(
    ServiceDeskDbContext db,
    WriteTransaction transactions,
    JobCatalog catalog,
    IServiceScopeFactory scopes,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<JobRunner> logger)
{
    /// <summary>At most this many delayed jobs run per round.</summary>
    public const int BatchSize = 100;

    private WorkerOptions Settings => options.Value.Jobs;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Adds the rows of recurring jobs new to the database, and moves those whose schedule changed.</summary>
    public async Task SyncRecurringAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var known = await db.RecurringJobs.ToDictionaryAsync(j => j.Name, StringComparer.Ordinal, cancellationToken);
        foreach (var registration in catalog.Recurring)
        {
            var next = catalog.Schedule(registration.Name).NextAfter(now);
            if (!known.TryGetValue(registration.Name, out var row))
            {
                db.RecurringJobs.Add(new RecurringJob { Name = registration.Name, Cron = registration.Cron!, NextRunAt = next });
            }
            else if (row.Cron != registration.Cron)
            {
                (row.Cron, row.NextRunAt) = (registration.Cron!, next);
            }
        }

        try
        {
            await transactions.RunAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node added the same jobs at the same moment; theirs count.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Runs the recurring jobs that are due. Returns how many ran.</summary>
    public async Task<int> RunDueRecurringAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var names = catalog.Recurring.Select(r => r.Name).ToList();
        var due = await db.RecurringJobs.AsNoTracking()
            .Where(j => names.Contains(j.Name) && j.NextRunAt <= now && (j.LeaseUntil == null || j.LeaseUntil < now))
            .ToListAsync(cancellationToken);
        var ran = 0;
        foreach (var job in due)
        {
            var claim = Guid.NewGuid();
            var leaseUntil = now.AddSeconds(Settings.LeaseSeconds);
            // The same occurrence, still unclaimed: once it ran, its NextRunAt has moved on and no node claims it again.
            var claimed = await transactions.RunAsync(ct => db.RecurringJobs
                .Where(j => j.Name == job.Name && j.NextRunAt == job.NextRunAt && (j.LeaseUntil == null || j.LeaseUntil < now))
                .ExecuteUpdateAsync(j => j.SetProperty(x => x.ClaimedBy, claim).SetProperty(x => x.LeaseUntil, leaseUntil), ct), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            string? error;
            try
            {
                await using var lease = new RecurringLease(scopes, job.Name, claim, TimeSpan.FromSeconds(Settings.LeaseSeconds), clock, logger, cancellationToken);
                try
                {
                    error = await RunAsync(catalog.Find(job.Name)!, null, new JobContext(job.Name, UtcTimes.Offset(job.NextRunAt), job.Failures + 1), lease.Token);
                }
                catch (OperationCanceledException) when (lease.Lost && !cancellationToken.IsCancellationRequested)
                {
                    // Another node runs it now, and records it.
                    continue;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped in the middle: the occurrence is given back, so that the next start (or another node) runs it
                // at once instead of when the claim runs out.
                await transactions.RunAsync(ct => db.RecurringJobs.Where(j => j.Name == job.Name && j.ClaimedBy == claim).ExecuteUpdateAsync(j => j
                    .SetProperty(x => x.ClaimedBy, (Guid?)null)
                    .SetProperty(x => x.LeaseUntil, (DateTime?)null), ct), CancellationToken.None);
                throw;
            }

            // The run is over: its record is written even while the node stops, or the occurrence would stay claimed, and
            // the job unrun on every node, until the lease runs out.
            await RecordRecurringAsync(job, claim, error, CancellationToken.None);
            ran++;
        }

        return ran;
    }

    /// <summary>Runs the delayed jobs that are due. Returns how many ran.</summary>
    public Task<int> RunDueDelayedAsync(CancellationToken cancellationToken)
    {
        var names = catalog.DelayedNames;
        return LeasedWork.RunDueAsync(db.DelayedJobs.Where(j => names.Contains(j.Name)), db.DelayedJobs.AsNoTracking(), BatchSize, (job, ct) =>
        {
            var registration = catalog.Find(job.Name)!;
            return RunAsync(registration, () => JobScheduler.PayloadOf(job, registration), new JobContext(job.Name, UtcTimes.Offset(job.DueAt), job.Attempts + 1), ct);
        }, transactions, clock, Settings, cancellationToken);
    }

    // Runs one job in a scope of its own; returns its error, or null when it succeeded.
    private async Task<string?> RunAsync(JobRegistration registration, Func<object?>? payload, JobContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await registration.Invoke(scope.ServiceProvider, payload?.Invoke(), context, cancellationToken);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: not the job's failure; the run is given back, and made again.
            throw;
        }
        catch (Exception failure)
        {
            LogFailed(registration.Name, context.Attempt, failure);
            return $"{failure.GetType().Name}: {failure.Message}";
        }
    }

    private Task RecordRecurringAsync(RecurringJob job, Guid claim, string? error, CancellationToken cancellationToken)
    {
        var now = Now;
        var next = catalog.Schedule(job.Name).NextAfter(now);
        var failures = error is null ? 0 : job.Failures + 1;
        var message = error is { Length: > 4000 } ? error[..4000] : error;
        if (error is not null && now + RetryPause.After(failures, Settings.FirstRetrySeconds) is var retry && retry < next)
        {
            next = retry;
        }

        return transactions.RunAsync(ct => db.RecurringJobs.Where(j => j.Name == job.Name && j.ClaimedBy == claim).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.NextRunAt, next)
            .SetProperty(x => x.LastRunAt, now)
            .SetProperty(x => x.Failures, failures)
            .SetProperty(x => x.LastError, message)
            .SetProperty(x => x.ClaimedBy, (Guid?)null)
            .SetProperty(x => x.LeaseUntil, (DateTime?)null), ct), cancellationToken);
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Name} failed (attempt {Attempt})")]
    private partial void LogFailed(string name, int attempt, Exception error);
}
