using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Search;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tickets;

/// <summary>Ticket lists: the actor's visible tickets, filtered, searched, sorted and paged in the database.</summary>
public sealed class TicketSearcher(
    ServiceDeskDbContext db,
    AccessPolicy access,
    ITicketTextSearch textSearch,
    IOptions<ServiceDeskOptions> options)
{
    public async Task<PagedResult<TicketSummary>> SearchAsync(Actor actor, TicketQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page;
        if (page.Page < 1 || page.PageSize < 1 || page.PageSize > PageRequest.MaxPageSize)
        {
            throw new ValidationException("pageSize", $"Pages start at 1 and hold 1 to {PageRequest.MaxPageSize} items.");
        }

        var tickets = Filter(await access.VisibleTicketsAsync(actor, cancellationToken), query);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // Whatever was committed before this search is found by it, also where the index is kept after the writes.
            await textSearch.CatchUpAsync(cancellationToken);

            // The matches are read once, bounded by the limit; counting and paging then work on that short list.
            var matching = await textSearch.MatchingTicketIds(db, SearchTerms.Parse(query.Text), options.Value.Search.MaxMatches)
                .Distinct()
                .ToListAsync(cancellationToken);
            // One parameter holding the whole list (a JSON array on SQLite, an array on PostgreSQL): thousands of
            // separate parameters cost more to parse than the search itself.
            tickets = tickets.Where(t => EF.Parameter(matching).Contains(t.Id));
        }

        var total = await tickets.LongCountAsync(cancellationToken);
        var items = await Sort(tickets, query.Sort, query.Descending)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .Select(TicketMapper.SummaryProjection)
            .ToListAsync(cancellationToken);
        return new PagedResult<TicketSummary>(items, page.Page, page.PageSize, total);
    }

    private static IQueryable<Ticket> Filter(IQueryable<Ticket> tickets, TicketQuery query)
    {
        if (query.QueueIds is { Count: > 0 } queues)
        {
            tickets = tickets.Where(t => queues.Contains(t.QueueId));
        }

        if (query.States is { Count: > 0 } states)
        {
            tickets = tickets.Where(t => states.Contains(t.State.Name));
        }

        if (query.StateTypes is { Count: > 0 } types)
        {
            tickets = tickets.Where(t => types.Contains(t.State.Type));
        }

        if (query.Priorities is { Count: > 0 } priorities)
        {
            tickets = tickets.Where(t => priorities.Contains(t.Priority));
        }

        if (query.OwnerId is { } owner)
        {
            tickets = tickets.Where(t => t.OwnerId == owner);
        }

        if (query.Locked is { } locked)
        {
            tickets = tickets.Where(t => t.Locked == locked);
        }

        if (query.CustomerUserId is { } customer)
        {
            tickets = tickets.Where(t => t.CustomerUserId == customer);
        }

        if (query.CustomerCompanyId is { } company)
        {
            tickets = tickets.Where(t => t.CustomerCompanyId == company);
        }

        foreach (var tag in query.Tags ?? [])
        {
            tickets = tickets.Where(t => t.Tags.Any(x => x.Tag == tag));
        }

        if (query.CreatedFrom is { } createdFrom)
        {
            tickets = tickets.Where(t => t.CreatedAt >= createdFrom.UtcDateTime);
        }

        if (query.CreatedTo is { } createdTo)
        {
            tickets = tickets.Where(t => t.CreatedAt < createdTo.UtcDateTime);
        }

        if (query.ChangedFrom is { } changedFrom)
        {
            tickets = tickets.Where(t => t.ChangedAt >= changedFrom.UtcDateTime);
        }

        if (query.ChangedTo is { } changedTo)
        {
            tickets = tickets.Where(t => t.ChangedAt < changedTo.UtcDateTime);
        }

        return tickets;
    }

    // The id breaks ties so that paging is stable.
    private static IQueryable<Ticket> Sort(IQueryable<Ticket> tickets, TicketSort sort, bool descending) => (sort, descending) switch
    {
        (TicketSort.Changed, true) => tickets.OrderByDescending(t => t.ChangedAt).ThenByDescending(t => t.Id),
        (TicketSort.Changed, false) => tickets.OrderBy(t => t.ChangedAt).ThenBy(t => t.Id),
        (TicketSort.Priority, true) => tickets.OrderByDescending(t => t.Priority).ThenByDescending(t => t.Id),
        (TicketSort.Priority, false) => tickets.OrderBy(t => t.Priority).ThenBy(t => t.Id),
        (TicketSort.Number, true) => tickets.OrderByDescending(t => t.Number),
        (TicketSort.Number, false) => tickets.OrderBy(t => t.Number),
        (TicketSort.Title, true) => tickets.OrderByDescending(t => t.Title).ThenByDescending(t => t.Id),
        (TicketSort.Title, false) => tickets.OrderBy(t => t.Title).ThenBy(t => t.Id),
        (_, true) => tickets.OrderByDescending(t => t.Id),
        (_, false) => tickets.OrderBy(t => t.Id),
    };
}
