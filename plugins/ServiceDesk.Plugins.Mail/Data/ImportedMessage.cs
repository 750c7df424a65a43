namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// A message read from a mailbox and the article it became (a copy of a message imported before becomes that one's
/// article). Replies go out "In-Reply-To" its Message-ID, and a message that refers to it (someone in copy answering
/// all) is a follow-up of its ticket.
/// </summary>
public sealed class ImportedMessage : IMailboxRecord
{
    public long Id { get; set; }

    public string AccountId { get; set; } = "";

    public string Folder { get; set; } = "";

    public long UidValidity { get; set; }

    public long Uid { get; set; }

    public string Uidl { get; set; } = "";

    public long ArticleId { get; set; }

    public string TicketNumber { get; set; } = "";

    public string? MessageId { get; set; }

    public DateTime ImportedAt { get; set; }
}
