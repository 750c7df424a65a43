namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>A reply sent by email: recorded after the server took it, so that a delivery retried later does not send it again.</summary>
public sealed class SentMessage
{
    public long ArticleId { get; set; }

    public string TicketNumber { get; set; } = "";

    public string MessageId { get; set; } = "";

    public DateTime SentAt { get; set; }
}
