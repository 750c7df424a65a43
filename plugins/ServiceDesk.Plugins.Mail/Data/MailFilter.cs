using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// A postmaster filter, as administrators define it: conditions on incoming messages, and what to do with those that
/// meet them all. Filters run in the order of <see cref="Position"/>, then of <see cref="Name"/>.
/// </summary>
public sealed class MailFilter
{
    public const int MaxNameLength = 100;

    public long Id { get; set; }

    /// <summary>Unique, without regard to case; it names the filter in the quarantine's reasons and the log.</summary>
    public string Name { get; set; } = "";

    public int Position { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>When it matches, no filter after it runs.</summary>
    public bool StopAfterMatch { get; set; }

    /// <summary>All must hold; kept as JSON, so that a new kind of condition needs no migration.</summary>
    public List<FilterCondition> Conditions { get; set; } = [];

    /// <summary>Kept as JSON, like the conditions.</summary>
    public FilterActions Actions { get; set; } = new();

    public DateTime ChangedAt { get; set; }

    /// <summary>
    /// The filters in the order they run: by position, then by name (compared by code point here rather than by the
    /// database's collation, so that SQLite and PostgreSQL agree).
    /// </summary>
    public static IReadOnlyList<MailFilter> InRunOrder(IEnumerable<MailFilter> filters) =>
        filters.OrderBy(f => f.Position).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
}
