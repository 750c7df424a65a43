namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>Where the jobs write, and which node this is (tests run two on one database).</summary>
public sealed record TickerSettings(string File, string Node)
{
    public Task WriteAsync(string line, CancellationToken cancellationToken) =>
        System.IO.File.AppendAllTextAsync(File, line + "\n", cancellationToken);
}
