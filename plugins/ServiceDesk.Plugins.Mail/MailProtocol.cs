namespace ServiceDesk.Plugins.Mail;

/// <summary>How a mailbox is read.</summary>
public enum MailProtocol
{
    /// <summary>IMAP: a folder, flags, moves, and IDLE where the server offers it.</summary>
    Imap,

    /// <summary>
    /// POP3: the mailbox alone, without folders or flags; each message known by its UIDL, polled (POP3 cannot announce
    /// new mail).
    /// </summary>
    Pop3,
}
