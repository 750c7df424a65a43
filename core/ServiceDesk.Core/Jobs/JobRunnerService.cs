using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Runs the <see cref="JobRunner"/>'s recurring jobs for the life of the service: round after round while jobs ran, then
/// at each poll. Delayed jobs have a worker of their own (<see cref="DelayedJobRunnerService"/>): a recurring run may
/// last minutes (the email channel's listens with IMAP IDLE), and would hold them up.
/// </summary>
public sealed class JobRunnerService(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<JobRunnerService> logger)
    : PollingWorker(scopes, lifetime, TimeSpan.FromMilliseconds(options.Value.Jobs.PollMilliseconds), clock, logger)
{
    private bool _synced;

    protected override string Work => "Running recurring jobs";

    protected override async Task<bool> RunRoundAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<JobRunner>();
        if (!_synced)
        {
            // Once, before the first occurrences: rows for recurring jobs new to the database, schedules that changed.
            await runner.SyncRecurringAsync(cancellationToken);
            _synced = true;
        }

        return await runner.RunDueRecurringAsync(cancellationToken) > 0;
    }
}
