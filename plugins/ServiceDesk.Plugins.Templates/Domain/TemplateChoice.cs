using Microsoft.EntityFrameworkCore;
using ServiceDesk.Plugins.Templates.Data;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// Picks the template that the service sends on its own for an occasion in a queue (an auto-response, a notification):
/// a stored template of the kind that names the queue, else one for all queues, else the shipped one. A stored template
/// of the kind that is not active switches the occasion off where it applies: nothing is sent there.
/// </summary>
public sealed class TemplateChoice(TemplatesDbContext db, ShippedTemplates shipped)
{
    /// <summary>The template for <paramref name="kind"/> in <paramref name="queueId"/>; null when it is switched off there.</summary>
    public async Task<ChosenTemplate?> ForAsync(TemplateKind kind, int queueId, CancellationToken cancellationToken)
    {
        var stored = await db.Templates.AsNoTracking().Where(t => t.Kind == kind).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        foreach (var matches in new Func<StoredTemplate, bool>[] { t => t.Definition.QueueIds.Contains(queueId), t => t.Definition.QueueIds.Count == 0 })
        {
            var applying = stored.Where(matches).ToList();
            if (applying.Count > 0)
            {
                return applying.FirstOrDefault(t => t.Definition.IsActive) is { } active ? new ChosenTemplate(active.Id, active.Definition) : null;
            }
        }

        return shipped.For(kind) is { } definition ? new ChosenTemplate(null, definition) : null;
    }
}
