using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// A background worker that runs rounds of work for the life of the service, from a poll after the host has started:
/// straight on while a round says there is more, otherwise after a poll's pause. Each round has a scope of its own; a
/// round that fails is logged, and the work is tried again at the next poll.
/// </summary>
public abstract partial class PollingWorker(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeSpan poll, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What the worker does, for the log: "Delivering events".</summary>
    protected abstract string Work { get; }

    /// <summary>Runs one round with the round's services; returns whether to go straight on with the next.</summary>
    protected abstract Task<bool> RunRoundAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round, with its first queries (each compiled at its first use), comes a poll after the host has
        // started: run at once, the workers' first rounds held up the first requests by most of a second.
        await WhenStartedAsync(lifetime.ApplicationStarted, stoppingToken);
        var more = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!more)
            {
                await Task.Delay(poll, clock, stoppingToken);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                more = await RunRoundAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                more = false;
                LogFailed(logger, error, Work);
            }
        }
    }

    private static async Task WhenStartedAsync(CancellationToken started, CancellationToken stoppingToken)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (started.Register(() => signal.TrySetResult()))
        await using (stoppingToken.Register(() => signal.TrySetCanceled(stoppingToken)))
        {
            await signal.Task;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed; trying again at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception error, string work);
}
