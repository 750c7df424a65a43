using System.Collections.Concurrent;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Writes what many callers queue in groups, one group at a time, on the flow of whichever caller finds nobody writing
/// (no thread of its own to wake, no hand-over between threads per item). While one group is written the next one
/// gathers; a caller that writes for others hands over to a background task after a few groups, so that its own answer
/// does not wait for everyone else's.
/// </summary>
/// <param name="writeGroupAsync">Writes a group and tells each item its outcome.</param>
/// <param name="maxGroupSize">At most this many items per group.</param>
public sealed class WriteCombiner<TItem>(Func<IReadOnlyList<TItem>, Task> writeGroupAsync, int maxGroupSize)
    where TItem : IPendingWrite
{
    private const int MaxGroupsPerTurn = 4;

    private readonly ConcurrentQueue<TItem> _queue = new();
    private int _writing;

    /// <summary>Queues the item and writes it, and others, when nobody else is writing; the item tells its outcome.</summary>
    public Task AddAsync(TItem item)
    {
        _queue.Enqueue(item);
        return DrainAsync();
    }

    private async Task DrainAsync()
    {
        // The check after each turn catches items queued while the writer was finishing: nothing is left behind.
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            var groups = 0;
            try
            {
                var group = new List<TItem>(maxGroupSize);
                while (groups < MaxGroupsPerTurn && TakeGroup(group))
                {
                    await WriteAsync(group);
                    groups++;
                }
            }
            finally
            {
                Volatile.Write(ref _writing, 0);
            }

            if (groups == MaxGroupsPerTurn && !_queue.IsEmpty)
            {
                _ = Task.Run(DrainAsync);
                return;
            }
        }
    }

    private bool TakeGroup(List<TItem> group)
    {
        group.Clear();
        while (group.Count < maxGroupSize && _queue.TryDequeue(out var item))
        {
            group.Add(item);
        }

        return group.Count > 0;
    }

    private async Task WriteAsync(List<TItem> group)
    {
        try
        {
            await writeGroupAsync(group);
        }
        catch (Exception error)
        {
            // A writer that could not tell its items their outcome still must not leave them waiting.
            group.ForEach(item => item.Fail(error));
        }
    }
}
