namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>A message to try the filters on, as JSON: its raw text, headers and body as they would arrive.</summary>
public sealed record FilterTestRequest(string? Raw);
