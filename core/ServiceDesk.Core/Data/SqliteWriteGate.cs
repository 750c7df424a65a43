namespace ServiceDesk.Core.Data;

/// <summary>
/// SQLite lets one writer in at a time. Writers of this process queue here, asynchronously, instead of colliding on
/// the database lock and sleeping in the driver's retry loop; under load that is the difference between a queue and a
/// stampede. PostgreSQL needs no gate.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Lease(_gate);
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
