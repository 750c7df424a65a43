namespace ServiceDesk.Abstractions.Templates;

/// <summary>What a template is being rendered for.</summary>
/// <param name="TicketNumber">The ticket the text is about.</param>
/// <param name="Language">The recipient's language, e.g. <c>ru</c> or <c>en</c>.</param>
public sealed record TemplateVariableContext(string TicketNumber, string Language);
