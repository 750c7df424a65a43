namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>A template rendered for someone.</summary>
/// <param name="TemplateId">The template, when a stored one was rendered.</param>
/// <param name="Language">The variant's language.</param>
/// <param name="Format">Text or HTML.</param>
/// <param name="Subject">The subject line, when the template has one.</param>
/// <param name="Body">The text, with the queue's salutation and signature around an answer.</param>
public sealed record RenderedText(long? TemplateId, string Language, TemplateFormat Format, string? Subject, string Body);
