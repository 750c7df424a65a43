using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Core.Jobs;

/// <summary>Runs the pending-ticket wake-up every half minute while the host runs.</summary>
public sealed partial class PendingTicketJob(IServiceScopeFactory scopes, ILogger<PendingTicketJob> logger, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round, with its first queries, runs after the host has started rather than holding its start up.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var woken = await scope.ServiceProvider.GetRequiredService<PendingTicketProcessor>().ProcessDueAsync(stoppingToken);
                if (woken > 0)
                {
                    LogWoken(woken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Count} pending tickets")]
    private partial void LogWoken(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Waking pending tickets failed; trying again at the next interval")]
    private partial void LogFailed(Exception error);
}
