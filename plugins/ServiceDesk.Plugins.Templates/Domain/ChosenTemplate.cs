namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>The template to render for an occasion.</summary>
/// <param name="Id">The stored template; null for a shipped one.</param>
/// <param name="Definition">What to render.</param>
public sealed record ChosenTemplate(long? Id, TemplateDefinition Definition);
