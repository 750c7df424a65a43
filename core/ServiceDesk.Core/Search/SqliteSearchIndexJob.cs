using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Core.Search;

/// <summary>
/// Keeps SQLite's full-text index close behind the writes: every second, whatever was written since goes into the
/// index in one batch (see <see cref="SqliteSearchIndexer"/>).
/// </summary>
public sealed partial class SqliteSearchIndexJob(IServiceScopeFactory scopes, ILogger<SqliteSearchIndexJob> logger, TimeProvider clock)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SqliteSearchIndexer>().CatchUpAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Adding new articles and titles to the full-text index failed; trying again in a second")]
    private partial void LogFailed(Exception error);
}
