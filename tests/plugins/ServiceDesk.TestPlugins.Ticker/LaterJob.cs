using ServiceDesk.Abstractions.Jobs;

namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>Writes "later {text} {attempt} {node}", then throws when the text says so.</summary>
public sealed class LaterJob(TickerSettings settings) : IDelayedJob<Later>
{
    public async Task RunAsync(Later payload, JobContext context, CancellationToken cancellationToken)
    {
        await settings.WriteAsync($"later {payload.Text} {context.Attempt} {settings.Node}", cancellationToken);
        if (payload.Text.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Told to fail.");
        }
    }
}
