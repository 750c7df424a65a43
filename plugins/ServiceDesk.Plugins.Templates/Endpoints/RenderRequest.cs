namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>Which template an agent wants rendered for a ticket.</summary>
/// <param name="TemplateId">A reply template of the ticket's queue.</param>
/// <param name="Language">The variant; the customer's language when absent.</param>
public sealed record RenderRequest(long? TemplateId, string? Language);
