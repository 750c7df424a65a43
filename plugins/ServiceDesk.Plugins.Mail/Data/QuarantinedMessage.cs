namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// A message that did not become a ticket or an article, kept with the reason until an administrator processes it
/// again or releases it: nothing that reached a mailbox is lost.
/// </summary>
public sealed class QuarantinedMessage : IMailboxRecord
{
    public long Id { get; set; }

    public string AccountId { get; set; } = "";

    public string Folder { get; set; } = "";

    public long UidValidity { get; set; }

    public long Uid { get; set; }

    public string Uidl { get; set; } = "";

    /// <summary>The message as it came; null when it was too large to keep (it stays in the mailbox then).</summary>
    public byte[]? Raw { get; set; }

    public string? Subject { get; set; }

    public string? From { get; set; }

    public string Reason { get; set; } = "";

    public DateTime QuarantinedAt { get; set; }

    /// <summary>Set when an administrator processed it again or released it, with the ticket it went to.</summary>
    public DateTime? ResolvedAt { get; set; }

    public string? TicketNumber { get; set; }
}
