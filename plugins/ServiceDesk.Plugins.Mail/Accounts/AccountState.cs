using Microsoft.EntityFrameworkCore;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>How an account's readings went, as administrators see it.</summary>
/// <param name="LastReadAt">When the folder was last read through: at the start of each run of the poll job, and each time new mail came while it listened with IDLE.</param>
/// <param name="LastFailedAt">When a reading last failed.</param>
/// <param name="LastError">Why the last reading failed; null when it did not.</param>
/// <param name="Imported">Messages from the account that became tickets or articles, counted from the records of their import.</param>
public sealed record AccountState(DateTimeOffset? LastReadAt, DateTimeOffset? LastFailedAt, string? LastError, long Imported)
{
    /// <summary>The state of each of the accounts <paramref name="ids"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, AccountState>> OfAsync(MailDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var statuses = await db.AccountStatuses.AsNoTracking().Where(s => ids.Contains(s.AccountId)).ToDictionaryAsync(s => s.AccountId, cancellationToken);
        var imported = await db.ImportedMessages.Where(i => ids.Contains(i.AccountId)).GroupBy(i => i.AccountId)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return ids.Distinct().ToDictionary(id => id, id => statuses.GetValueOrDefault(id) is { } status
            ? new AccountState(Utc(status.LastReadAt), Utc(status.LastFailedAt), status.LastError, imported.GetValueOrDefault(id))
            : new AccountState(null, null, null, imported.GetValueOrDefault(id)));
    }

    /// <summary>A time the database gives back, written in UTC (SQLite gives it back without its kind).</summary>
    public static DateTimeOffset? Utc(DateTime? time) => time is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
