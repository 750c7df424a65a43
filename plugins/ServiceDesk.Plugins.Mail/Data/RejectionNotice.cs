namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// The notice owed to the sender of a follow-up that was rejected (its ticket closed, its queue rejecting follow-ups).
/// Written in the same save as the message's quarantine entry, so that neither is kept without the other, and sent once
/// by the delayed job <c>mail:rejection-notice</c>.
/// </summary>
public sealed class RejectionNotice
{
    /// <summary>The rejected message's quarantine entry.</summary>
    public long QuarantineId { get; set; }

    public QuarantinedMessage Quarantined { get; set; } = null!;

    /// <summary>
    /// The rejected message's name: its Message-ID key, or its place in the mailbox when it has none. Unique, so that a
    /// copy of the message (delivered again, or to a second mailbox) gets no second notice.
    /// </summary>
    public string MessageKey { get; set; } = "";

    /// <summary>The closed ticket.</summary>
    public string TicketNumber { get; set; } = "";

    /// <summary>The sender's address, which the notice goes to.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>When the job that sends it was scheduled; null until then, and scheduled when the message is read again.</summary>
    public DateTime? ScheduledAt { get; set; }

    /// <summary>When it was sent, or held back (the quarantine entry's reason says which): nothing is sent after that.</summary>
    public DateTime? FinishedAt { get; set; }
}
