using MailKit.Net.Pop3;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// The UIDLs of a POP3 mailbox's messages, by index: each message's lasting name, which its import is recorded by. A
/// server without UIDL, or whose UIDLs are not each message's own (RFC 1939: 1 to 70 printable characters, none twice),
/// is refused before any message is read: without a lasting name, a message could be imported twice, or deleted unread.
/// </summary>
public static class Pop3Uidls
{
    public static async Task<IList<string>> ReadAsync(Pop3Client client, MailAccountSettings account, CancellationToken cancellationToken)
    {
        // Without CAPA, MailKit learns whether the server has UIDL by trying it on the first message: not on an empty mailbox.
        if (client.Count == 0)
        {
            return [];
        }

        if (!client.Capabilities.HasFlag(Pop3Capabilities.UIDL))
        {
            throw new NotSupportedException(
                $"Mail account '{account.Id}': the POP3 server {account.Host} does not offer UIDL, which gives each message a lasting name; without it a message could be imported twice, or deleted unread, so the account is not read. Read the mailbox over IMAP, or through a server that offers UIDL.");
        }

        var uidls = await client.GetMessageUidsAsync(cancellationToken);
        if (uidls.Select((uidl, index) => (Uidl: uidl, Number: index + 1)).FirstOrDefault(u => !IsValid(u.Uidl)) is { Uidl: not null } invalid)
        {
            throw new NotSupportedException(
                $"Mail account '{account.Id}': the POP3 server {account.Host} names message {invalid.Number} '{invalid.Uidl}', which is not a UIDL of 1 to {MailDbContext.MaxUidlLength} printable characters (RFC 1939), so the account is not read.");
        }

        if (uidls.GroupBy(u => u, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new NotSupportedException(
                $"Mail account '{account.Id}': the POP3 server {account.Host} gives {twice.Count()} messages the UIDL '{twice.Key}', which must name one message only, so the account is not read.");
        }

        return uidls;
    }

    private static bool IsValid(string uidl) => uidl.Length is > 0 and <= MailDbContext.MaxUidlLength && uidl.All(c => c is >= '!' and <= '~');
}
