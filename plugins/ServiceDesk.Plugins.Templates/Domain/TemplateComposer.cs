using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Model;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// Renders a template for a ticket's customer in their language. An answer (<see cref="TemplateKind.Reply"/>) and an
/// automatic answer get the queue's salutation before them and the queue's signature after them (the shipped ones when
/// the queue names none), so that every answer of a queue greets and signs alike. Templates include others of the store
/// by name.
/// </summary>
public sealed class TemplateComposer(TemplatesDbContext db, TemplateRenderer renderer, IQueueService queues, ShippedTemplates shipped)
{
    /// <exception cref="UnprocessableException">The template (or one it includes) failed: where, and why.</exception>
    public async Task<RenderedText> RenderAsync(long? templateId, TemplateDefinition template, RenderTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await ComposeAsync(templateId, template, target, cancellationToken);
        }
        catch (TemplateRenderException failed)
        {
            throw new UnprocessableException("template", $"Template '{template.Name}' failed at {failed.Error}");
        }
        catch (TemplateSyntaxException wrong)
        {
            throw new UnprocessableException("template", $"A template that '{template.Name}' uses has errors: {string.Join("; ", wrong.Errors)}");
        }
    }

    private async Task<RenderedText> ComposeAsync(long? templateId, TemplateDefinition template, RenderTarget target, CancellationToken cancellationToken)
    {
        var stored = await db.Templates.AsNoTracking().ToListAsync(cancellationToken);
        var includes = new StoreIncludes(stored.ToDictionary(t => t.Name, t => t.Definition.VariantFor(target.Language).Body, StringComparer.Ordinal));
        var variant = template.VariantFor(target.Language);
        string Render(string source) => renderer.Render(source, template.Format, target.Model, target.Culture, includes, cancellationToken);

        var subject = variant.Subject is null ? null : Render(variant.Subject).Trim();
        var body = Render(variant.Body).Trim();
        if (template.Kind is TemplateKind.Reply or TemplateKind.AutoResponseNewTicket or TemplateKind.AutoResponseFollowUpClosed or TemplateKind.AutoResponseRejected)
        {
            var queue = await queues.GetAsync(Actor.System, target.QueueId, cancellationToken);
            var salutation = Part(stored, queue.SalutationId, TemplateKind.Salutation);
            var signature = Part(stored, queue.SignatureId, TemplateKind.Signature);
            var parts = new[]
            {
                salutation is null ? null : Render(salutation.VariantFor(target.Language).Body).Trim(),
                body,
                signature is null ? null : Render(signature.VariantFor(target.Language).Body).Trim(),
            };
            body = string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
        }

        return new RenderedText(templateId, variant.Language, template.Format, subject, body);
    }

    // The queue's salutation or signature: the stored template it names, unless that is not active; the shipped one when
    // it names none.
    private TemplateDefinition? Part(IEnumerable<StoredTemplate> stored, int? id, TemplateKind kind) => id is null
        ? shipped.For(kind)
        : stored.FirstOrDefault(t => t.Id == id && t.Kind == kind && t.Definition.IsActive)?.Definition;
}
