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

        return await db.IdempotencyKeys.AsNoTracking()
            .Where(k => keys.Contains(k.Key))
            .Join(db.Articles, k => k.ArticleId, a => a.Id, (k, a) => new { k.ArticleId, a.TicketId })
            .Join(db.Tickets, k => k.TicketId, t => t.Id, (k, t) => new KeyedArticle(t.Number, k.ArticleId))
            .FirstOrDefaultAsync(cancellationToken);
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
