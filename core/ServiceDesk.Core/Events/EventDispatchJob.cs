using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Events;

/// <summary>Runs the <see cref="EventDispatcher"/> for the life of the service: round after round while there is work, then at each poll.</summary>
public sealed partial class EventDispatchJob(
    IServiceScopeFactory scopes,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<EventDispatchJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round, with its first queries, runs after the host has started rather than holding its start up.
        await Task.Yield();
        var poll = TimeSpan.FromMilliseconds(options.Value.Events.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<EventDispatcher>();
                var takenUp = await dispatcher.TakeUpAsync(stoppingToken);
                var delivered = await dispatcher.DeliverDueAsync(stoppingToken);
                // Straight on while there is more: a full take-up, or deliveries run (their handlers may have raised
                // events, and more may be due). Otherwise events gather until the next poll and are taken up together.
                worked = takenUp == EventDispatcher.TakeUpSize || delivered > 0;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error);
            }

            if (!worked)
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering events failed; trying again at the next poll")]
    private partial void LogFailed(Exception error);
}
