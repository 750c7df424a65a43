using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>A template as an author sends it; missing settings take their defaults (text, all queues, active).</summary>
public sealed record TemplateRequest(
    string? Name,
    TemplateKind? Kind,
    TemplateFormat? Format,
    IReadOnlyList<int>? QueueIds,
    string? DefaultLanguage,
    IReadOnlyList<TemplateVariant?>? Variants,
    string? Comment,
    bool? IsActive);
