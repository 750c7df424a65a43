namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>A quarantined message as administrators see it in the list.</summary>
public sealed record QuarantineEntry(
    long Id, string Account, string Folder, long Uid, string? From, string? Subject, string Reason, DateTime QuarantinedAt, bool Kept);
