using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>
/// A template as the API shows it: its definition (as sent when it was saved, and as its versions show it), its version,
/// and how often it was used.
/// </summary>
public sealed record TemplateView(
    long Id, int Version, TemplateDefinition Definition, DateTime ChangedAt, string ChangedBy, long UsageCount, DateTime? LastUsedAt)
{
    public static TemplateView Of(StoredTemplate template) =>
        new(template.Id, template.Version, template.Definition, template.ChangedAt, template.ChangedBy, template.UsageCount, template.LastUsedAt);
}
