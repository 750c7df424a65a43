namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// One recipient of one automatic mail, counted against <see cref="MailSettings.MaxAutomaticMailsPerHour"/>; kept for an
/// hour. Counted before the mail is sent, so that a mail tried again after a failure counts once.
/// </summary>
public sealed class AutomaticMail
{
    public long Id { get; set; }

    /// <summary>The article the mail was written for; 0 for a notice of a rejected follow-up or a handed-over message, which have none.</summary>
    public long ArticleId { get; set; }

    /// <summary>For a notice of a rejected follow-up, the message's quarantine entry; 0 otherwise.</summary>
    public long QuarantineId { get; set; }

    /// <summary>For a message handed over by another plugin (<see cref="OutboundMail"/>), its id; 0 otherwise.</summary>
    public long OutboundId { get; set; }

    /// <summary>The address, lower case.</summary>
    public string Recipient { get; set; } = "";

    public DateTime CountedAt { get; set; }
}
