namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// A record of one message in its mailbox: the account, the folder, and the message's UID in the folder's UIDVALIDITY
/// (IMAP), or its UIDL (POP3; UIDVALIDITY and UID are then 0, and the UIDL is empty for IMAP).
/// </summary>
public interface IMailboxRecord
{
    string AccountId { get; }

    string Folder { get; }

    long UidValidity { get; }

    long Uid { get; }

    string Uidl { get; }
}
