namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>Where a message was read: the account, its folder and queue, and the message's UID in that folder's UIDVALIDITY.</summary>
public sealed record MailboxPosition(string AccountId, string Folder, string Queue, uint UidValidity, uint Uid);
