using System.Globalization;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Where a message was read: the account, its folder and queue, and the message's name there: over IMAP its UID in the
/// folder's UIDVALIDITY, over POP3 its UIDL (with UIDVALIDITY and UID 0, which no IMAP server gives).
/// </summary>
public sealed record MailboxPosition(string AccountId, string Folder, string Queue, uint UidValidity, uint Uid, string Uidl = "")
{
    /// <summary>The only folder of a POP3 mailbox, as it is recorded.</summary>
    public const string Pop3Folder = "INBOX";

    /// <summary>A POP3 message, known by its UIDL.</summary>
    public static MailboxPosition OfPop3(string accountId, string queue, string uidl) => new(accountId, Pop3Folder, queue, 0, 0, uidl);

    /// <summary>The message's name in its mailbox, for logs: <c>UID 42</c> or <c>UIDL 000000010000a1b2</c>.</summary>
    public string Label => Uidl.Length > 0 ? "UIDL " + Uidl : "UID " + Uid.ToString(CultureInfo.InvariantCulture);
}
