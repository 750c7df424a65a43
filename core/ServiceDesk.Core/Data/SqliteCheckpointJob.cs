using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Copies committed pages from SQLite's write-ahead log back into the database file every second, beside the writers
/// instead of in their way: the writer connection does not checkpoint (see <see cref="SqliteGroupCommit"/>), so no
/// commit waits for the file to be synced. A passive checkpoint never blocks readers or writers, but under steady load
/// some reader always holds the log, which then never starts over and grows without end; so when the log has grown
/// past <see cref="RestartFrames"/>, a restarting checkpoint waits briefly for the readers of the moment, and the log
/// starts over.
/// </summary>
public sealed partial class SqliteCheckpointJob(SqliteConnectionSettings settings, ILogger<SqliteCheckpointJob> logger, TimeProvider clock)
    : BackgroundService
{
    /// <summary>Log pages (4 KiB each) after which the log is made to start over: 16 MiB.</summary>
    public const int RestartFrames = 4096;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // How long a restart may wait for the readers of the moment; writers wait as long, at most.
    private static readonly TimeSpan RestartWait = TimeSpan.FromMilliseconds(200);

    private readonly string _connectionString = new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ToString();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A connection of its own, outside the pool, that waits for readers only briefly: a restart that would
                // have to wait for a long reader (and keep writers waiting meanwhile) gives up and is tried again a
                // second later.
                await using var connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync(stoppingToken);
                await using (var timeout = connection.CreateCommand())
                {
                    timeout.CommandText = $"PRAGMA busy_timeout={RestartWait.TotalMilliseconds};";
                    await timeout.ExecuteNonQueryAsync(stoppingToken);
                }

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
