namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>Releasing a quarantined message into a ticket: the customer's address, when the message names no sender.</summary>
public sealed record ReleaseRequest(string? CustomerEmail);
