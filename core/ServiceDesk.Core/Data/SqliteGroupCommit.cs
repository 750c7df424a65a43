using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Runs the units of work of this process against SQLite, which lets one writer in at a time, and commits them in
/// groups. Units queue here instead of colliding on the database lock; a <see cref="WriteCombiner{TItem}"/> runs them in
/// order on one shared writer connection, each inside a savepoint of the open transaction, so that a failing unit
/// rolls back only its own work. A group ends when no unit waits (or it is full) and is committed at once: one commit
/// writes the pages that many units touched once, instead of once per unit. A caller returns only after the commit
/// that holds its work. PostgreSQL needs none of this.
/// </summary>
/// <remarks>
/// A unit must not wait for another top-level unit of work (on another context): that one queues behind it forever.
/// Work nested on the same context joins the running unit (see <see cref="WriteTransaction"/>).
/// </remarks>
public sealed class SqliteGroupCommit : IAsyncDisposable
{
    /// <summary>At most this many units share one commit, so that nobody waits long for a group to fill.</summary>
    public const int MaxUnitsPerCommit = 32;

    private const string UnitSavepoint = "unit";

    private readonly SqliteConnectionSettings _settings;
    private readonly WriteCombiner<PendingUnit> _combiner;
    private SqliteConnection? _connection;

    public SqliteGroupCommit(SqliteConnectionSettings settings)
    {
        _settings = settings;
        _combiner = new WriteCombiner<PendingUnit>(CommitGroupAsync, MaxUnitsPerCommit);
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="db"/> as one unit, and returns once it is committed.</summary>
    public async Task<T> RunAsync<T>(DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var unit = new PendingUnit<T>(db, work, cancellationToken);
        await _combiner.AddAsync(unit);
        return await unit.Outcome;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    private async Task CommitGroupAsync(IReadOnlyList<PendingUnit> units)
    {
        var connection = await OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var done = new List<PendingUnit>(units.Count);
        try
        {
            foreach (var unit in units)
            {
                if (await RunUnitAsync(connection, transaction, unit))
                {
                    done.Add(unit);
                }
            }

            await transaction.CommitAsync();
        }
        catch
        {
            // After a failed commit or rollback the connection's state is unknown; the next group opens a new one.
            _connection = null;
            await connection.DisposeAsync();
            throw;
        }

        done.ForEach(unit => unit.Complete());
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        if (_connection is null)
        {
            var connection = new SqliteConnection(_settings.ConnectionString);
            await connection.OpenAsync();
            await SqliteConnectionSettings.ApplyAsync(connection, CancellationToken.None);
            // Commits do not wait for checkpoints; SqliteCheckpointJob runs them beside the writer. When the log starts
            // over, its file is cut back to 64 MiB.
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864; PRAGMA cache_size=-65536;";
            await command.ExecuteNonQueryAsync();
            _connection = connection;
        }

        return _connection;
    }

    // True when the unit's work is done and waits for the commit; false when it failed and its work was rolled back.
    // Throws only when the rollback fails, and with it the whole group.
    private async Task<bool> RunUnitAsync(SqliteConnection connection, SqliteTransaction transaction, PendingUnit unit)
    {
        var db = unit.Context;
        try
        {
            await transaction.SaveAsync(UnitSavepoint);
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            await db.Database.UseTransactionAsync(transaction);
            await unit.RunAsync();
            await transaction.ReleaseAsync(UnitSavepoint);
            return true;
        }
        catch (Exception error)
        {
            unit.Fail(error);
            await transaction.RollbackAsync(UnitSavepoint);
            await transaction.ReleaseAsync(UnitSavepoint);
            return false;
        }
        finally
        {
            // The context goes back to connections of its own for reading.
            await db.Database.UseTransactionAsync(null);
            db.Database.SetDbConnection(null, contextOwnsConnection: true);
            db.Database.SetConnectionString(_settings.ConnectionString);
        }
    }

    /// <summary>A unit of work waiting for its turn, and the answer its caller waits for.</summary>
    private abstract class PendingUnit(DbContext context) : IPendingWrite
    {
        public DbContext Context => context;

        public abstract Task RunAsync();

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class PendingUnit<T>(DbContext context, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        : PendingUnit(context)
    {
        private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Outcome => _outcome.Task;

        public override async Task RunAsync() => _result = await work(cancellationToken);

        public override void Complete() => _outcome.TrySetResult(_result!);

        public override void Fail(Exception error) => _outcome.TrySetException(error);
    }
}
