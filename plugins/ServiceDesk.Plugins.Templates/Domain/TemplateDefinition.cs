using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>What an author writes of a template; each saved definition is a version that can be restored.</summary>
/// <param name="Name">Unique; other templates include it by this name.</param>
/// <param name="Kind">What it is for.</param>
/// <param name="Format">Text or HTML.</param>
/// <param name="QueueIds">The queues it serves; empty for all.</param>
/// <param name="DefaultLanguage">The variant used when none is in the recipient's language.</param>
/// <param name="Variants">The text in each language.</param>
/// <param name="Comment">A note for other authors.</param>
/// <param name="IsActive">False when it is kept but not offered or sent.</param>
public sealed record TemplateDefinition(
    string Name,
    TemplateKind Kind,
    TemplateFormat Format,
    IReadOnlyList<int> QueueIds,
    string DefaultLanguage,
    IReadOnlyList<TemplateVariant> Variants,
    string? Comment,
    bool IsActive)
{
    /// <summary>The variant in <paramref name="language"/>, else in the default language, else the first.</summary>
    public TemplateVariant VariantFor(string? language) =>
        Variants.FirstOrDefault(v => string.Equals(v.Language, language, StringComparison.OrdinalIgnoreCase))
        ?? Variants.FirstOrDefault(v => string.Equals(v.Language, DefaultLanguage, StringComparison.OrdinalIgnoreCase))
        ?? Variants[0];

    /// <summary>Whether it serves tickets of <paramref name="queueId"/>.</summary>
    public bool Serves(int queueId) => QueueIds.Count == 0 || QueueIds.Contains(queueId);
}
