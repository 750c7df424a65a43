namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>A template, saved or not, to render against a ticket before it is saved.</summary>
/// <param name="Template">The template as it would be saved.</param>
/// <param name="Ticket">The ticket's number.</param>
/// <param name="Language">The variant to render; the customer's language when absent.</param>
public sealed record PreviewRequest(TemplateRequest? Template, string? Ticket, string? Language);
