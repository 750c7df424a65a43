using System.Collections.Concurrent;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Customers;

/// <summary>
/// Customer users by email key, kept briefly for ticket creation: every new ticket names its customer, and the people
/// who write in write again, so most tickets need no query for them (the lookup was a tenth of the server's work while
/// creating tickets). A change made through this node is seen at once (<see cref="CustomerService"/> calls
/// <see cref="Forget"/> after it commits); a change made through another node or the CLI is seen within
/// <see cref="ReferenceCache.Lifetime"/>, as with queues, states and API tokens.
/// </summary>
public sealed class CustomerCache(TimeProvider clock)
{
    /// <summary>Bounds memory: past this many addresses the cache starts again empty.</summary>
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Counts changes: taken before a read from the database, and handed back to <see cref="Keep"/>.</summary>
    public long Version => Interlocked.Read(ref _version);

    public KnownCustomer? Find(string emailKey) =>
        _entries.TryGetValue(emailKey, out var entry) && clock.GetUtcNow() < entry.ExpiresAt ? entry.Customer : null;

    /// <summary>Keeps a customer read from the database, unless a customer changed since <paramref name="versionAtRead"/>.</summary>
    public void Keep(string emailKey, KnownCustomer customer, long versionAtRead)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[emailKey] = new Entry(customer, clock.GetUtcNow() + ReferenceCache.Lifetime);
        // The row read may be older than a change committed meanwhile: it served its request, but is not kept.
        if (Version != versionAtRead)
        {
            _entries.TryRemove(emailKey, out _);
        }
    }

    /// <summary>Drops a changed customer's addresses (the old one and the new one).</summary>
    public void Forget(params IEnumerable<string> emailKeys)
    {
        Interlocked.Increment(ref _version);
        foreach (var key in emailKeys)
        {
            _entries.TryRemove(key, out _);
        }
    }

    private sealed record Entry(KnownCustomer Customer, DateTimeOffset ExpiresAt);
}
