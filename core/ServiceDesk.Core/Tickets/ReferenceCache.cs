using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// All queues and states, read once and kept in memory for ticket creation, which needs both on every request: two
/// queries less per ticket. The rows are shared between requests and never tracked by a context, so they are read-only.
/// A change made through this node is seen at once (the services that change queues and states call
/// <see cref="Invalidate"/>); a change made through another node sharing the database is seen within
/// <see cref="Lifetime"/>, as with cached API tokens.
/// </summary>
public sealed class ReferenceCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;
    private long _version;

    public async Task<Queue?> QueueAsync(ServiceDeskDbContext db, string? name, int? id, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(db, cancellationToken);
        var found = id is { } queueId ? snapshot.QueuesById.GetValueOrDefault(queueId) : snapshot.QueuesByName.GetValueOrDefault(name ?? "");
        // A queue created since the snapshot (on another node, or by the CLI) is read from the database.
        return found ?? (id is { } missingId
            ? await db.Queues.AsNoTracking().SingleOrDefaultAsync(q => q.Id == missingId, cancellationToken)
            : await db.Queues.AsNoTracking().SingleOrDefaultAsync(q => q.Name == name, cancellationToken));
    }

    public async Task<TicketState?> StateAsync(ServiceDeskDbContext db, string name, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(db, cancellationToken);
        return snapshot.StatesByName.GetValueOrDefault(name)
            ?? await db.States.AsNoTracking().SingleOrDefaultAsync(s => s.Name == name, cancellationToken);
    }

    /// <summary>Drops what is kept: queues or states changed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _snapshot, null);
    }

    private async Task<Snapshot> SnapshotAsync(ServiceDeskDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _snapshot) is { } current && now < current.ExpiresAt)
        {
            return current;
        }

        // A snapshot read while a change came in may hold the old rows: it serves this request but is not kept.
        var version = Interlocked.Read(ref _version);
        var queues = await db.Queues.AsNoTracking().ToListAsync(cancellationToken);
        var states = await db.States.AsNoTracking().ToListAsync(cancellationToken);
        var snapshot = new Snapshot(
            queues.ToDictionary(q => q.Name, StringComparer.Ordinal),
            queues.ToDictionary(q => q.Id),
            states.ToDictionary(s => s.Name, StringComparer.Ordinal),
            now + Lifetime);
        if (Interlocked.Read(ref _version) == version)
        {
            Volatile.Write(ref _snapshot, snapshot);
        }

        return snapshot;
    }

    private sealed record Snapshot(
        IReadOnlyDictionary<string, Queue> QueuesByName,
        IReadOnlyDictionary<int, Queue> QueuesById,
        IReadOnlyDictionary<string, TicketState> StatesByName,
        DateTimeOffset ExpiresAt);
}
