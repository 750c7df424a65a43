using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>Full-text search over ticket titles and article subjects and bodies, one implementation per provider.</summary>
public interface ITicketTextSearch
{
    /// <summary>Makes everything committed before the call searchable (an index kept after the writes catches up).</summary>
    Task CatchUpAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The ids of tickets whose title or articles contain every word, as a query to compose further: the newest
    /// <paramref name="limit"/> matching titles and the newest <paramref name="limit"/> matching articles.
    /// </summary>
    IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words, int limit);
}
