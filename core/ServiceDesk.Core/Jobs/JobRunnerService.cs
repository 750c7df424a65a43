using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Jobs;

/// <summary>Runs the <see cref="JobRunner"/> for the life of the service: round after round while jobs ran, then at each poll.</summary>
public sealed partial class JobRunnerService(
    IServiceScopeFactory scopes,
    JobCatalog catalog,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<JobRunnerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (catalog.Recurring.Count == 0 && catalog.DelayedNames.Count == 0)
        {
            // No plugin brought a job: nothing to look for, and no queries while idle.
            return;
        }

        // The first round, with its first queries, runs after the host has started rather than holding its start up.
        await Task.Yield();
        var poll = TimeSpan.FromMilliseconds(options.Value.Jobs.PollMilliseconds);
        var synced = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var ran = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<JobRunner>();
                if (!synced)
                {
                    await runner.SyncRecurringAsync(stoppingToken);
                    synced = true;
                }

                ran = await runner.RunDueRecurringAsync(stoppingToken) + await runner.RunDueDelayedAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error);
            }

            if (ran == 0)
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running jobs failed; trying again at the next poll")]
    private partial void LogFailed(Exception error);
}
