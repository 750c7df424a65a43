namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>A message that cannot become a ticket or an article, with the reason.</summary>
public sealed class MailImportException(string message) : Exception(message);
