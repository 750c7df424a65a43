using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>A change to an agent's profile; what is absent stays as it was.</summary>
/// <param name="Signature">Their own signature, plain text; empty for none.</param>
/// <param name="MyQueueIds">The queues they watch.</param>
/// <param name="MutedNotifications">The notifications they do not want.</param>
public sealed record AgentProfileRequest(string? Signature, IReadOnlyList<int>? MyQueueIds, IReadOnlyList<TemplateKind>? MutedNotifications);
