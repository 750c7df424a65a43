using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// A message that another plugin handed over to be sent by email and that is no article (a notification to an agent,
/// say), kept until the delayed job <c>mail:outbound-mail</c> has sent it; once per <see cref="Key"/>.
/// </summary>
public sealed class OutboundMail
{
    public const int MaxKeyLength = 200;

    public long Id { get; set; }

    /// <summary>The sender's name for it, unique: a message handed over again is not sent again.</summary>
    public string Key { get; set; } = "";

    public string Recipient { get; set; } = "";

    public string? RecipientName { get; set; }

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public string? BodyHtml { get; set; }

    /// <summary>The ticket it is about: it goes from that ticket's queue's address, with the ticket's tag in the subject.</summary>
    public string? TicketNumber { get; set; }

    public ArticleAutomation Automation { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When its job was scheduled; null until then, and scheduled when it is handed over again.</summary>
    public DateTime? ScheduledAt { get; set; }

    /// <summary>When it was sent, or held back (<see cref="Outcome"/> says which): nothing is sent after that.</summary>
    public DateTime? FinishedAt { get; set; }

    public string? Outcome { get; set; }
}
