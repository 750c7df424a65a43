namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// The Message-ID of a message that became an article: replies go out "In-Reply-To" it, and a message that refers to
/// it (someone in copy answering all) is a follow-up of its ticket.
/// </summary>
public sealed class ImportedMessage
{
    public long ArticleId { get; set; }

    public string TicketNumber { get; set; } = "";

    public string MessageId { get; set; } = "";

    public DateTime ImportedAt { get; set; }
}
