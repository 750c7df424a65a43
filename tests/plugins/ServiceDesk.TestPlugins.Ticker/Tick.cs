using ServiceDesk.Abstractions.Jobs;

namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>Writes "tick {occurrence} {node}".</summary>
public sealed class Tick(TickerSettings settings) : IRecurringJob
{
    public Task RunAsync(JobContext context, CancellationToken cancellationToken) =>
        settings.WriteAsync($"tick {context.DueAt:O} {settings.Node}", cancellationToken);
}
