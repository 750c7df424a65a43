using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Endpoints;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// Keeps the templates and every version of them. Only templates that parse are saved (400 with line and column); a
/// name that is taken is refused with 409, an unknown queue with 422, a change made on an old version with 412.
/// </summary>
public sealed class TemplateStore(TemplatesDbContext db, IQueueService queues, TimeProvider clock)
{
    public async Task<IReadOnlyList<StoredTemplate>> ListAsync(TemplateKind? kind, CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking()
            .Where(t => kind == null || t.Kind == kind)
            .OrderBy(t => t.Name)
            .ToListAsync(cancellationToken);

    public async Task<StoredTemplate> GetAsync(long id, CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw NotFound(id);

    public async Task<StoredTemplate> CreateAsync(Actor actor, TemplateRequest request, CancellationToken cancellationToken)
    {
        var definition = TemplateRules.Definition(request);
        var template = new StoredTemplate();
        db.Templates.Add(template);
        await SaveAsync(template, definition, actor, "created", null, cancellationToken);
        return template;
    }

    /// <param name="expectedVersion">The version the author changed (If-Match), or null to take whatever is current.</param>
    public async Task<StoredTemplate> UpdateAsync(Actor actor, long id, TemplateRequest request, int? expectedVersion, CancellationToken cancellationToken)
    {
        var definition = TemplateRules.Definition(request);
        var template = await CurrentAsync(id, expectedVersion, cancellationToken);
        await SaveAsync(template, definition, actor, "updated", null, cancellationToken);
        return template;
    }

    /// <summary>Makes an earlier version current again, as a new version.</summary>
    public async Task<StoredTemplate> RestoreAsync(Actor actor, long id, int version, int? expectedVersion, CancellationToken cancellationToken)
    {
        var template = await CurrentAsync(id, expectedVersion, cancellationToken);
        var earlier = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.TemplateId == id && v.Version == version, cancellationToken)
            ?? throw new NotFoundException($"Template {id} has no version {version}.");
        await SaveAsync(template, earlier.Definition, actor, "restored", version, cancellationToken);
        return template;
    }

    public async Task DeleteAsync(long id, int? expectedVersion, CancellationToken cancellationToken)
    {
        db.Templates.Remove(await CurrentAsync(id, expectedVersion, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The versions of a template, newest first.</summary>
    public async Task<IReadOnlyList<TemplateVersion>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking().Where(v => v.TemplateId == id).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        return versions.Count > 0 ? versions : throw NotFound(id);
    }

    /// <summary>Counts a use of the template, without making a version of it.</summary>
    public async Task RecordUseAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Templates.Where(t => t.Id == id)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.UsageCount, x => x.UsageCount + 1).SetProperty(x => x.LastUsedAt, now), cancellationToken);
    }

    private async Task<StoredTemplate> CurrentAsync(long id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var template = await db.Templates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw NotFound(id);
        if (expectedVersion is { } expected && expected != template.Version)
        {
            throw new PreconditionFailedException($"Template {id} is at version {template.Version}, not {expected}: someone else changed it. Reload it and try again.");
        }

        return template;
    }

    private async Task DemandQueuesAsync(TemplateDefinition definition, CancellationToken cancellationToken)
    {
        if (definition.QueueIds.Count == 0)
        {
            return;
        }

        var known = (await queues.ListAsync(Actor.System, cancellationToken)).Select(q => q.Id).ToHashSet();
        var unknown = definition.QueueIds.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new UnprocessableException("queueIds", $"There is no queue with the id {string.Join(", ", unknown)}.");
        }
    }

    // The template and its new version are written together: there is no version that was not current, nor the reverse.
    // Whatever becomes current (created, changed or restored) names queues that exist and a name nobody else has.
    private async Task SaveAsync(
        StoredTemplate template, TemplateDefinition definition, Actor actor, string change, int? restoredFrom, CancellationToken cancellationToken)
    {
        await DemandQueuesAsync(definition, cancellationToken);
        if (await db.Templates.AnyAsync(t => t.Id != template.Id && t.Name == definition.Name, cancellationToken))
        {
            throw Taken(definition.Name);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        template.Define(definition);
        template.Version++;
        template.ChangedAt = now;
        template.ChangedBy = actor.Name;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException($"Template {template.Id} was changed by someone else at the same time. Reload it and try again.");
        }
        catch (DbUpdateException)
        {
            // Two authors saved the same name at the same time: the unique index let one in.
            db.ChangeTracker.Clear();
            if (await db.Templates.AnyAsync(t => t.Id != template.Id && t.Name == definition.Name, cancellationToken))
            {
                throw Taken(definition.Name);
            }

            throw;
        }

        db.Versions.Add(new TemplateVersion
        {
            TemplateId = template.Id,
            Version = template.Version,
            Definition = definition,
            ChangedAt = now,
            ChangedBy = actor.Name,
            Change = change,
            RestoredFrom = restoredFrom,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static NotFoundException NotFound(long id) => new($"There is no template {id}.");

    private static ConflictException Taken(string name) => new($"There is already a template named '{name}'.");
}
