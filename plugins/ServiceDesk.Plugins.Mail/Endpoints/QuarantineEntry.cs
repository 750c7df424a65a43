namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>A quarantined message as administrators see it in the list.</summary>
/// <param name="Uid">The message's IMAP UID; 0 for POP3.</param>
/// <param name="Uidl">The message's POP3 UIDL; null for IMAP.</param>
public sealed record QuarantineEntry(
    long Id, string Account, string Folder, long Uid, string? Uidl, string? From, string? Subject, string Reason, DateTime QuarantinedAt, bool Kept);
