namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>
/// An agent's answer that started from a template: the text as the agent edited it, or, when absent, the template as
/// rendered.
/// </summary>
/// <param name="TemplateId">The reply template.</param>
/// <param name="Subject">The subject as edited.</param>
/// <param name="Body">The text as edited.</param>
/// <param name="To">Recipients instead of the customer.</param>
/// <param name="Cc">Copy recipients.</param>
/// <param name="Language">The variant; the customer's language when absent.</param>
public sealed record TemplateReplyRequest(long? TemplateId, string? Subject, string? Body, string? To, string? Cc, string? Language);
