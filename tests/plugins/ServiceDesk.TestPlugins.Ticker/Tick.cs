using ServiceDesk.Abstractions.Jobs;

namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>Writes "tick {occurrence} {node}".</summary>
public sealed class Tick(TickerSettings settings) : IRecurringJob
{
    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        if (settings.TickDuration > TimeSpan.Zero)
        {
            await settings.WriteAsync($"start {context.DueAt:O} {settings.Node}", cancellationToken);
            await Task.Delay(settings.TickDuration, cancellationToken);
        }

        await settings.WriteAsync($"tick {context.DueAt:O} {settings.Node}", cancellationToken);
    }
}
