using ServiceDesk.Abstractions.Jobs;

namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>
/// Writes "later {text} {attempt} {node}", then throws when the text says so, or, when it starts with "slow", takes
/// <see cref="TickerSettings.SlowLaterDuration"/> (so that a test can stop the node in the middle).
/// </summary>
public sealed class LaterJob(TickerSettings settings) : IDelayedJob<Later>
{
    public async Task RunAsync(Later payload, JobContext context, CancellationToken cancellationToken)
    {
        await settings.WriteAsync($"later {payload.Text} {context.Attempt} {settings.Node}", cancellationToken);
        if (payload.Text.StartsWith("slow", StringComparison.Ordinal))
        {
            await Task.Delay(settings.SlowLaterDuration, cancellationToken);
        }

        if (payload.Text.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Told to fail.");
        }
    }
}
