using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Claiming, running, recording and restarting leased work (event deliveries, runs of delayed jobs), the same for each: a
/// claim is one conditional update (still due, unfinished, not given up, and unclaimed or its lease run out), so with
/// several nodes each piece runs on one, and a crashed node's claim runs out after the lease. A node that stops
/// gracefully gives back what it claimed and did not finish, so that nobody waits for the lease.
/// </summary>
public static class LeasedWork
{
    /// <summary>
    /// Claims up to <paramref name="batchSize"/> pieces of <paramref name="open"/> that are due and runs them, oldest due
    /// first, one after the other: a failure is recorded at once, the successes together at the end, in one write (after
    /// a crash before that write they run again: at least once). Returns how many pieces were claimed.
    /// </summary>
    /// <param name="open">The pieces this node may run; also where their outcomes are written.</param>
    /// <param name="reading">Where the claimed pieces are read from, with what <paramref name="run"/> needs of them.</param>
    /// <param name="run">Runs one piece; returns its error, or null when it succeeded.</param>
    public static async Task<int> RunDueAsync<T>(
        IQueryable<T> open, IQueryable<T> reading, int batchSize, Func<T, CancellationToken, Task<string?>> run,
        WriteTransaction transactions, TimeProvider clock, WorkerOptions settings, CancellationToken cancellationToken)
        where T : class, ILeasedWork
    {
        var claim = Guid.NewGuid();
        var finished = new List<long>();
        try
        {
            if (!await ClaimDueAsync(open, claim, transactions, batchSize, clock.GetUtcNow().UtcDateTime, settings, cancellationToken))
            {
                return 0;
            }

            var claimed = await reading.Where(w => w.ClaimedBy == claim).OrderBy(w => w.NextAttemptAt).ThenBy(w => w.Id).ToListAsync(cancellationToken);
            foreach (var piece in claimed)
            {
                // A node that stops starts nothing more: the rest is given back below.
                cancellationToken.ThrowIfCancellationRequested();
                if (await run(piece, cancellationToken) is { } error)
                {
                    // The attempt is over: it is recorded even while the node stops, so that it counts.
                    await RecordFailureAsync(open, piece, claim, error, transactions, clock.GetUtcNow().UtcDateTime, settings, CancellationToken.None);
                }
                else
                {
                    finished.Add(piece.Id);
                }
            }

            await RecordFinishedAsync(open, finished, claim, transactions, clock.GetUtcNow().UtcDateTime, cancellationToken);
            return claimed.Count;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node stops, in the middle of a piece or between two: what finished is recorded, so that it never runs
            // again, and the rest of the claim is given back, so that another node, or this one after its restart, takes
            // it up at once instead of when the lease runs out. Both writes match the claim: a piece that another node
            // took over in the meantime stays its own. (A crash writes nothing: its claims run out with the lease.)
            await RecordFinishedAsync(open, finished, claim, transactions, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await transactions.RunAsync(ct => open.Where(w => w.ClaimedBy == claim).ExecuteUpdateAsync(w => w
                .SetProperty(x => x.ClaimedBy, (Guid?)null)
                .SetProperty(x => x.LeaseUntil, (DateTime?)null), ct), CancellationToken.None);
            throw;
        }
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

    // Claims the due pieces with `claim`; false when none was due.
    private static async Task<bool> ClaimDueAsync<T>(
        IQueryable<T> open, Guid claim, WriteTransaction transactions, int batchSize, DateTime now, WorkerOptions settings, CancellationToken cancellationToken)
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
            return false;
        }

        var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
        await transactions.RunAsync(ct => Unclaimed(open, now).Where(w => due.Contains(w.Id))
            .ExecuteUpdateAsync(w => w.SetProperty(x => x.ClaimedBy, claim).SetProperty(x => x.LeaseUntil, leaseUntil), ct), cancellationToken);
        return true;
    }

    // Records the pieces that succeeded, in one write, where the claim is still this one's.
    private static Task RecordFinishedAsync<T>(
        IQueryable<T> all, IReadOnlyList<long> finished, Guid claim, WriteTransaction transactions, DateTime now, CancellationToken cancellationToken)
        where T : class, ILeasedWork =>
        finished.Count == 0
            ? Task.CompletedTask
            : transactions.RunAsync(ct => all.Where(w => finished.Contains(w.Id) && w.ClaimedBy == claim).ExecuteUpdateAsync(w => w
                .SetProperty(x => x.FinishedAt, now)
                .SetProperty(x => x.ClaimedBy, (Guid?)null)
                .SetProperty(x => x.LeaseUntil, (DateTime?)null), ct), cancellationToken);

    // Records a failed attempt: a doubled pause before the next one, or given up after the last.
    private static Task RecordFailureAsync<T>(
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

    private static IQueryable<T> Unclaimed<T>(IQueryable<T> open, DateTime now)
        where T : class, ILeasedWork =>
        open.Where(w => w.FinishedAt == null && w.GaveUpAt == null && (w.LeaseUntil == null || w.LeaseUntil < now));
}
