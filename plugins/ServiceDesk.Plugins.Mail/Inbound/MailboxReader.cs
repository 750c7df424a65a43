using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Reads one account's folder over IMAP: each message not imported yet becomes a ticket or an article, and only after
/// that is committed is it flagged, moved or deleted. A crash in between leaves the message to be read again, and its
/// keys make the second import write nothing, so every message is imported exactly once.
/// </summary>
public sealed partial class MailboxReader(MessageImporter importer, MailQuarantine quarantine, MailSettings settings, ILogger<MailboxReader> logger)
{
    private const int FetchBatch = 50;

    /// <summary>Imports what waits in the account's folder; returns how many messages were imported.</summary>
    public async Task<int> ReadAsync(MailAccountSettings account, CancellationToken cancellationToken)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(account.Host, account.EffectivePort, SocketOptionsOf(account.Security), cancellationToken);
        await client.AuthenticateAsync(account.UserName, account.Password, cancellationToken);
        var folder = await client.GetFolderAsync(account.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var moveTo = account.AfterImport == AfterImport.Move ? await client.GetFolderAsync(account.MoveTo!, cancellationToken) : null;

        var uids = (await folder.SearchAsync(account.AfterImport == AfterImport.MarkSeen ? SearchQuery.NotSeen : SearchQuery.All, cancellationToken))
            .Take(settings.MaxMessagesPerRun)
            .ToList();
        var sizes = uids.Count == 0
            ? new Dictionary<UniqueId, uint>()
            : (await folder.FetchAsync(uids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size), cancellationToken))
                .ToDictionary(s => s.UniqueId, s => s.Size ?? 0);
        var imported = 0;
        var wanted = new List<UniqueId>();
        foreach (var uid in uids)
        {
            if (sizes.GetValueOrDefault(uid) > settings.MaxMessageBytes)
            {
                // Not fetched, and left in the mailbox: the quarantine says why, once.
                LogTooLarge(logger, uid.Id, account.Id, sizes[uid], settings.MaxMessageBytes);
                var position = new MailboxPosition(account.Id, folder.FullName, account.Queue, folder.UidValidity, uid.Id);
                await quarantine.AddAsync(position, raw: null, message: null,
                    $"{sizes[uid]} bytes, more than MaxMessageBytes ({settings.MaxMessageBytes}); the message stays in the mailbox.", cancellationToken);
            }
            else
            {
                wanted.Add(uid);
            }
        }

        // A batch's messages come in one IMAP command and are flagged in one, after all of them are committed: a crash in
        // between leaves at most a batch to be read again, which their keys make write nothing.
        foreach (var batch in wanted.Chunk(FetchBatch))
        {
            var raws = new SortedDictionary<int, (UniqueId Uid, byte[] Raw)>();
            await ((ImapFolder)folder).GetStreamsAsync(batch, async (_, index, uid, stream, ct) =>
            {
                using var raw = new MemoryStream();
                await stream.CopyToAsync(raw, ct);
                raws[index] = (uid, raw.ToArray());
            }, cancellationToken);
            var imports = new List<(MailboxPosition, ImportResult)>();
            foreach (var (uid, raw) in raws.Values)
            {
                var position = new MailboxPosition(account.Id, folder.FullName, account.Queue, folder.UidValidity, uid.Id);
                imports.Add((position, await importer.ImportAsync(position, raw, cancellationToken)));
            }

            await importer.RecordAsync(imports, cancellationToken);
            await FinishAsync(account, folder, moveTo, raws.Values.Select(r => r.Uid).ToList(), cancellationToken);
            imported += raws.Count;
        }

        if (account.AfterImport == AfterImport.Delete && imported > 0)
        {
            await folder.ExpungeAsync(cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return imported;
    }

    private static async Task FinishAsync(MailAccountSettings account, IMailFolder folder, IMailFolder? moveTo, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        switch (account.AfterImport)
        {
            case AfterImport.MarkSeen:
                await folder.AddFlagsAsync(uids, MessageFlags.Seen, silent: true, cancellationToken);
                break;
            case AfterImport.Move:
                await folder.MoveToAsync(uids, moveTo!, cancellationToken);
                break;
            case AfterImport.Delete:
                await folder.AddFlagsAsync(uids, MessageFlags.Deleted, silent: true, cancellationToken);
                break;
        }
    }

    private static SecureSocketOptions SocketOptionsOf(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Message {Uid} of mail account {Account} has {Size} bytes, more than MaxMessageBytes ({Limit}); it stays in the mailbox")]
    private static partial void LogTooLarge(ILogger logger, uint uid, string account, uint size, long limit);
}
