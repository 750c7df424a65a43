namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>What a message became.</summary>
public enum ImportOutcome
{
    /// <summary>A new ticket.</summary>
    Ticket,

    /// <summary>An article of the ticket it answers.</summary>
    FollowUp,

    /// <summary>A bounce, noted on the ticket of the mail that could not be delivered.</summary>
    Bounce,

    /// <summary>Kept in the quarantine with the reason.</summary>
    Quarantined,
}
