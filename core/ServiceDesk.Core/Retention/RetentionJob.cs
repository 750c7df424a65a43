using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Retention;

/// <summary>
/// Deletes finished background work older than <see cref="RetentionOptions.Days"/>: deliveries that succeeded, events
/// with no delivery left, and delayed jobs that ran. Failed and waiting work stays for administrators. Deletes go in
/// small batches, so that on SQLite no other writer waits long for the single write lock.
/// </summary>
public sealed partial class RetentionJob(
    ServiceDeskDbContext db,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<RetentionJob> logger) : IRecurringJob
{
    /// <summary>The job's name, as <c>/api/v1/jobs/recurring</c> lists it.</summary>
    public const string Name = "core:retention";

    private const int BatchSize = 2_000;

    // Bounds one run; what is left over goes at the next.
    private const int MaxBatches = 1_000;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var days = options.Value.Retention.Days;
        if (days == 0)
        {
            return;
        }

        var before = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var deliveries = await DeleteInBatchesAsync(
            () => db.EventDeliveries.Where(d => d.FinishedAt != null && d.FinishedAt < before), cancellationToken);
        var events = await DeleteInBatchesAsync(
            () => db.Outbox.Where(m => m.DispatchedAt != null && m.DispatchedAt < before && !db.EventDeliveries.Any(d => d.OutboxMessageId == m.Id)),
            cancellationToken);
        var jobs = await DeleteInBatchesAsync(
            () => db.DelayedJobs.Where(j => j.FinishedAt != null && j.FinishedAt < before), cancellationToken);
        LogDeleted(logger, deliveries, events, jobs, days);
    }

    private static async Task<int> DeleteInBatchesAsync<T>(Func<IQueryable<T>> finished, CancellationToken cancellationToken)
        where T : class
    {
        var deleted = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var count = await finished().Take(BatchSize).ExecuteDeleteAsync(cancellationToken);
            deleted += count;
            if (count < BatchSize)
            {
                break;
            }
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention: deleted {Deliveries} event deliveries, {Events} events and {Jobs} delayed job runs finished more than {Days} days ago")]
    private static partial void LogDeleted(ILogger logger, int deliveries, int events, int jobs, int days);
}
