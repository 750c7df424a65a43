namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>A record of one message in its mailbox: the account, the folder, and the message's UID in the folder's UIDVALIDITY.</summary>
public interface IMailboxRecord
{
    string AccountId { get; }

    string Folder { get; }

    long UidValidity { get; }

    long Uid { get; }
}
