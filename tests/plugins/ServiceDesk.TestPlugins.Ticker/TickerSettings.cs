using ServiceDesk.TestPlugins.Shared;

namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>
/// Where the jobs write, which node this is (tests run two on one database), how long a tick takes (a slow tick
/// writes "start" when it begins), and how long a delayed job told to be slow takes.
/// </summary>
public sealed record TickerSettings(string File, string Node, TimeSpan TickDuration, TimeSpan SlowLaterDuration)
{
    public Task WriteAsync(string line, CancellationToken cancellationToken) =>
        RecordFile.AppendLineAsync(File, line, cancellationToken);
}
