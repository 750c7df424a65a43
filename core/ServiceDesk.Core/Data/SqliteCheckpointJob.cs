using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Copies committed pages from SQLite's write-ahead log back into the database file every second, beside the writers
/// instead of in their way: the writer connection does not checkpoint (see <see cref="SqliteGroupCommit"/>), so no
/// commit waits for the file to be synced. A passive checkpoint never blocks readers or writers, but under steady load
/// some reader always holds the log, which then never starts over and grows without end; so when the log has grown
/// past <see cref="RestartFrames"/>, a restarting checkpoint waits for the readers of the moment (new writers wait
/// meanwhile, for milliseconds, as most pages are already copied) and the log starts over.
/// </summary>
public sealed partial class SqliteCheckpointJob(SqliteConnectionSettings settings, ILogger<SqliteCheckpointJob> logger, TimeProvider clock)
    : BackgroundService
{
    /// <summary>Log pages (4 KiB each) after which the log is made to start over: 16 MiB.</summary>
    public const int RestartFrames = 4096;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var connection = new SqliteConnection(settings.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                if (await CheckpointAsync(connection, "PASSIVE", stoppingToken) >= RestartFrames)
                {
                    await CheckpointAsync(connection, "RESTART", stoppingToken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error);
            }
        }
    }

    // The number of frames in the log when the checkpoint ended.
    private static async Task<long> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(1) : 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpointing the SQLite write-ahead log failed; trying again in a second")]
    private partial void LogFailed(Exception error);
}
