using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Claiming, recording and restarting leased work (event deliveries, runs of delayed jobs), the same for each: a claim
/// is one conditional update (still due, unfinished, not given up, and unclaimed or its lease run out), so with several
/// nodes each piece runs on one, and a crashed node's claim runs out after the lease.
/// </summary>
public static class LeasedWork
{
    /// <summary>Claims up to <paramref name="batchSize"/> pieces of <paramref name="open"/> that are due; null when none is.</summary>
    public static async Task<Guid?> ClaimDueAsync<T>(
        IQueryable<T> open, WriteTransaction transactions, int batchSize, DateTime now, WorkerOptions settings, CancellationToken cancellationToken)
        where T : class, ILeasedWork
    {
        var due = await Unclaimed(open, now)
            .Where(w => w.NextAttemptAt <= now)
            .OrderBy(w => w.NextAttemptAt).ThenBy(w => w.Id)
            .Select(w => w.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return null;
        }

        var claim = Guid.NewGuid();
        var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
        await transactions.RunAsync(ct => Unclaimed(open, now).Where(w => due.Contains(w.Id))
            .ExecuteUpdateAsync(w => w.SetProperty(x => x.ClaimedBy, claim).SetProperty(x => x.LeaseUntil, leaseUntil), ct), cancellationToken);
        return claim;
    }

    /// <summary>Records the pieces that succeeded, in one write, where the claim is still this one's.</summary>
    public static Task RecordFinishedAsync<T>(
        IQueryable<T> all, IReadOnlyList<long> finished, Guid claim, WriteTransaction transactions, DateTime now, CancellationToken cancellationToken)
        where T : class, ILeasedWork =>
        finished.Count == 0
            ? Task.CompletedTask
            : transactions.RunAsync(ct => all.Where(w => finished.Contains(w.Id) && w.ClaimedBy == claim).ExecuteUpdateAsync(w => w
                .SetProperty(x => x.FinishedAt, now)
                .SetProperty(x => x.ClaimedBy, (Guid?)null)
                .SetProperty(x => x.LeaseUntil, (DateTime?)null), ct), cancellationToken);

    /// <summary>Records a failed attempt: a doubled pause before the next one, or given up after the last.</summary>
    public static Task RecordFailureAsync<T>(
        IQueryable<T> all, T work, Guid claim, string error, WriteTransaction transactions, DateTime now, WorkerOptions settings, CancellationToken cancellationToken)
        where T : class, ILeasedWork
    {
        var attempts = work.Attempts + 1;
        var next = now + RetryPause.After(attempts, settings.FirstRetrySeconds);
        DateTime? gaveUp = attempts >= settings.MaxAttempts ? now : null;
        var message = error.Length > 4000 ? error[..4000] : error;
        var id = work.Id;
        return transactions.RunAsync(ct => all.Where(w => w.Id == id && w.ClaimedBy == claim).ExecuteUpdateAsync(w => w
            .SetProperty(x => x.Attempts, attempts)
            .SetProperty(x => x.NextAttemptAt, next)
            .SetProperty(x => x.GaveUpAt, gaveUp)
            .SetProperty(x => x.LastError, message)
            .SetProperty(x => x.ClaimedBy, (Guid?)null)
            .SetProperty(x => x.LeaseUntil, (DateTime?)null), ct), cancellationToken);
    }

    /// <summary>Starts a piece that was given up again, from a clean count of attempts, at once.</summary>
    /// <param name="name">What a piece is called in the answers, e.g. "Event delivery".</param>
    public static async Task RetryAsync<T>(IQueryable<T> all, long id, string name, WriteTransaction transactions, DateTime now, CancellationToken cancellationToken)
        where T : class, ILeasedWork
    {
        var changed = await transactions.RunAsync(ct => all
            .Where(w => w.Id == id && w.GaveUpAt != null)
            .ExecuteUpdateAsync(w => w.SetProperty(x => x.GaveUpAt, (DateTime?)null).SetProperty(x => x.Attempts, 0).SetProperty(x => x.NextAttemptAt, now), ct), cancellationToken);
        if (changed == 0)
        {
            throw await all.AnyAsync(w => w.Id == id, cancellationToken)
                ? new ConflictException($"{name} {id} was not given up: only one that was can be started again.")
                : new NotFoundException($"{name} {id} does not exist.");
        }
    }

    private static IQueryable<T> Unclaimed<T>(IQueryable<T> open, DateTime now)
        where T : class, ILeasedWork =>
        open.Where(w => w.FinishedAt == null && w.GaveUpAt == null && (w.LeaseUntil == null || w.LeaseUntil < now));
}
