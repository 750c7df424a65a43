using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>Checks, records and finds the idempotency keys that channels give with the messages they relay.</summary>
public sealed class IdempotencyKeyStore(ServiceDeskDbContext db)
{
    public const int MaxLength = 200;
    private const int MaxKeys = 8;

    // Every message a channel relays is looked up by its keys, before it is written and, by the channel, after: compiled
    // once, the query skips Entity Framework's per-call translation cache lookup. One per context type (SQLite's and
    // PostgreSQL's; tests run both in one process).
    private static readonly ConcurrentDictionary<Type, Func<ServiceDeskDbContext, string[], CancellationToken, Task<KeyedArticle?>>> ByKeys = new();

    /// <summary>The keys as given, checked; an empty list when none were.</summary>
    public static IReadOnlyList<string> Valid(IReadOnlyList<string>? keys)
    {
        if (keys is null || keys.Count == 0)
        {
            return [];
        }

        if (keys.Count > MaxKeys)
        {
            throw new ValidationException("idempotencyKeys", $"At most {MaxKeys} idempotency keys.");
        }

        if (keys.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > MaxLength))
        {
            throw new ValidationException("idempotencyKeys", $"An idempotency key has 1 to {MaxLength} characters, not only spaces.");
        }

        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The article that one of <paramref name="keys"/> was recorded with; null when none was.</summary>
    public async Task<KeyedArticle?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return null;
        }

        return await ByKeys.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery((ServiceDeskDbContext context, string[] wanted, CancellationToken _) =>
            context.IdempotencyKeys
                .Where(k => wanted.Contains(k.Key))
                .Join(context.Articles, k => k.ArticleId, a => a.Id, (k, a) => new { k.ArticleId, a.TicketId })
                .Join(context.Tickets, k => k.TicketId, t => t.Id, (k, t) => new KeyedArticle(t.Number, k.ArticleId))
                .FirstOrDefault()))(db, [.. keys], cancellationToken);
    }

    /// <summary>Adds the keys of a new article to the caller's unit of work, to be written with it.</summary>
    public void Record(Article article, IReadOnlyList<string> keys, DateTime now)
    {
        foreach (var key in keys)
        {
            // By reference: an article that gets its id when saved has it filled in then.
            db.IdempotencyKeys.Add(new IdempotencyKey { Key = key, Article = article, CreatedAt = now });
        }
    }
}
