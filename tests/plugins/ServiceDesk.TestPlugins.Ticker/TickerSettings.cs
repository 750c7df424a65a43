namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>
/// Where the jobs write, which node this is (tests run two on one database), and how long a tick takes (a slow tick
/// writes "start" when it begins).
/// </summary>
public sealed record TickerSettings(string File, string Node, TimeSpan TickDuration)
{
    public Task WriteAsync(string line, CancellationToken cancellationToken) =>
        System.IO.File.AppendAllTextAsync(File, line + "\n", cancellationToken);
}
