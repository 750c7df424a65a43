using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Runs the <see cref="JobRunner"/>'s delayed jobs for the life of the service, beside the recurring ones
/// (<see cref="JobRunnerService"/>), so that they run when due even while a recurring run lasts: round after round while
/// jobs ran, then at each poll.
/// </summary>
public sealed class DelayedJobRunnerService(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<DelayedJobRunnerService> logger)
    : PollingWorker(scopes, lifetime, TimeSpan.FromMilliseconds(options.Value.Jobs.PollMilliseconds), clock, logger)
{
    protected override string Work => "Running delayed jobs";

    protected override async Task<bool> RunRoundAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<JobRunner>().RunDueDelayedAsync(cancellationToken) > 0;
}
