namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>A template in one language.</summary>
/// <param name="Language">Its language, e.g. <c>ru</c> or <c>en</c>.</param>
/// <param name="Subject">The subject line, a template too; none for salutations, signatures and snippets.</param>
/// <param name="Body">The text.</param>
public sealed record TemplateVariant(string Language, string? Subject, string Body);
