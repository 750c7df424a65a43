namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// What becomes of automatic replies (out of office, read receipts, other systems' acknowledgements, and mail carrying
/// our own loop header) and bulk or list mail.
/// </summary>
public enum AutoReplies
{
    /// <summary>Imported as articles, like any other message.</summary>
    Add,

    /// <summary>Not imported: kept in the quarantine with the reason, and flagged, moved or deleted in the mailbox as handled.</summary>
    Ignore,
}
