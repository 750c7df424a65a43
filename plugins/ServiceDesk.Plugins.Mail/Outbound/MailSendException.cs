namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>A reply that cannot be sent as it stands, with the reason.</summary>
public sealed class MailSendException(string message) : Exception(message);
