using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Search;

/// <summary>Full-text search over ticket titles and article subjects and bodies, one implementation per provider.</summary>
public interface ITicketTextSearch
{
    /// <summary>
    /// The ids of tickets whose title or articles contain every word, as a query to compose further: the newest
    /// <paramref name="limit"/> matching titles and the newest <paramref name="limit"/> matching articles.
    /// </summary>
    IQueryable<long> MatchingTicketIds(ServiceDeskDbContext db, IReadOnlyList<string> words, int limit);
}
