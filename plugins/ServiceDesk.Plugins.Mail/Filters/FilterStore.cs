using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Endpoints;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// Keeps the postmaster filters: only filters that will run as written are saved. A request with problems is refused
/// with all of them (400), a name that is taken with 409, a queue or agent that does not exist with 422.
/// </summary>
public sealed class FilterStore(MailDbContext db, FilterReferences references, MailSettings settings, TimeProvider clock)
{
    // New filters go last with room before the next, so that one can later be put between two without moving others.
    private const int PositionStep = 10;

    public async Task<IReadOnlyList<MailFilter>> ListAsync(CancellationToken cancellationToken) =>
        MailFilter.InRunOrder(await db.Filters.AsNoTracking().ToListAsync(cancellationToken));

    public async Task<MailFilter> GetAsync(long id, CancellationToken cancellationToken) =>
        await db.Filters.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw NotFound(id);

    public async Task<MailFilter> CreateAsync(FilterRequest request, CancellationToken cancellationToken)
    {
        var filter = new MailFilter();
        await FillAsync(filter, request, cancellationToken);
        filter.Position = request.Position ?? (await db.Filters.MaxAsync(f => (int?)f.Position, cancellationToken) ?? 0) + PositionStep;
        db.Filters.Add(filter);
        await SaveAsync(filter, cancellationToken);
        return filter;
    }

    public async Task<MailFilter> UpdateAsync(long id, FilterRequest request, CancellationToken cancellationToken)
    {
        var filter = await db.Filters.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw NotFound(id);
        await FillAsync(filter, request, cancellationToken);
        filter.Position = request.Position ?? filter.Position;
        await SaveAsync(filter, cancellationToken);
        return filter;
    }

    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        db.Filters.Remove(await db.Filters.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw NotFound(id));
        await db.SaveChangesAsync(cancellationToken);
    }

    // Checks the request and copies it, trimmed, with the queue's and the agent's names as the core writes them.
    private async Task FillAsync(MailFilter filter, FilterRequest request, CancellationToken cancellationToken)
    {
        var problems = FilterRules.ProblemsOf(request);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        var name = request.Name!.Trim();
        var others = await db.Filters.Where(f => f.Id != filter.Id).Select(f => f.Name).ToListAsync(cancellationToken);
        if (others.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw Taken(name);
        }

        var actions = request.Actions!;
        var queue = actions.Queue is null ? null
            : await references.QueueAsync(actions.Queue, cancellationToken)
                ?? throw new UnprocessableException("actions.queue", $"There is no active queue '{actions.Queue.Trim()}'.");
        if (actions.Junk && await references.QueueAsync(settings.JunkQueue, cancellationToken) is null)
        {
            throw new UnprocessableException("actions.junk", $"There is no active queue '{settings.JunkQueue}', where junk goes (setting JunkQueue).");
        }

        var owner = actions.Owner is null ? null
            : await references.AgentAsync(actions.Owner, cancellationToken)
                ?? throw new UnprocessableException("actions.owner", $"There is no active agent with the login '{actions.Owner.Trim()}'.");
        var tags = (actions.Tags ?? []).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        filter.Name = name;
        filter.Enabled = request.Enabled ?? true;
        filter.StopAfterMatch = request.StopAfterMatch ?? false;
        filter.Conditions = request.Conditions!.Select(c => c! with { Field = c.Field.Trim() }).ToList();
        filter.Actions = actions with { Queue = queue?.Name, Owner = owner?.Login, Tags = tags.Count == 0 ? null : tags };
        filter.ChangedAt = clock.GetUtcNow().UtcDateTime;
    }

    private async Task SaveAsync(MailFilter filter, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved a filter of that name since it was checked: the unique index refused this one.
            db.ChangeTracker.Clear();
            if (await db.Filters.AnyAsync(f => f.Name == filter.Name && f.Id != filter.Id, cancellationToken))
            {
                throw Taken(filter.Name);
            }

            throw;
        }
    }

    private static ConflictException Taken(string name) => new($"There is a filter named '{name}' already.");

    private static NotFoundException NotFound(long id) => new($"There is no mail filter {id}.");
}
