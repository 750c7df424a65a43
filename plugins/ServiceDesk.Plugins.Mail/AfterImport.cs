namespace ServiceDesk.Plugins.Mail;

/// <summary>What happens to a message in the mailbox once its ticket or article is committed.</summary>
public enum AfterImport
{
    /// <summary>
    /// Left in the mailbox: over IMAP flagged \Seen, and only unseen messages are read; over POP3, which has no flags,
    /// remembered by its UIDL and not read again.
    /// </summary>
    MarkSeen,

    /// <summary>Moved to <see cref="MailAccountSettings.MoveTo"/>; every message in the folder is read. IMAP only.</summary>
    Move,

    /// <summary>Deleted (IMAP: flagged \Deleted and expunged; POP3: DELE, which the server carries out at QUIT); every message is read.</summary>
    Delete,
}
