using MailKit.Net.Pop3;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Reads one account's mailbox over POP3, which has no folders, flags or IDLE. Each message not handled before (known by
/// its UIDL) becomes a ticket or an article through the same <see cref="BatchImporter"/> as IMAP's messages, a batch at a
/// time; only after all are committed is the session ended with QUIT, at which the server deletes those marked with DELE
/// (<see cref="AfterImport.Delete"/>). With <see cref="AfterImport.MarkSeen"/> they stay on the server, and their record
/// keeps them from being read again. A session that ends without QUIT (a crash) deletes nothing: the next one does not
/// read again what was recorded, deletes it, and the keys of what was not make its second import write nothing.
/// </summary>
public sealed class Pop3MailboxReader(
    BatchImporter importer, MessageSizeLimit sizeLimit, OAuthTokens tokens, IServiceScopeFactory scopes, MailSettings settings, TimeProvider clock)
    : IMailboxReader
{
    private const int FetchBatch = 50;

    /// <inheritdoc/>
    /// <remarks>
    /// POP3 cannot announce new mail: the mailbox is read again every <see cref="MailSettings.Pop3PollSeconds"/> until
    /// <paramref name="listenUntil"/>, while the run listens to its IMAP accounts, and each of those readings counts as one
    /// read through.
    /// </remarks>
    public async Task ReadAsync(MailAccountSettings account, DateTimeOffset listenUntil, Func<int, CancellationToken, Task> readThrough, CancellationToken cancellationToken)
    {
        while (true)
        {
            await readThrough(await ReadOnceAsync(account, cancellationToken), cancellationToken);
            var listenFor = listenUntil - clock.GetUtcNow();
            if (listenFor <= TimeSpan.Zero)
            {
                return;
            }

            // A session sees the mailbox as it was when it began: new mail needs a new session.
            var pause = TimeSpan.FromSeconds(settings.Pop3PollSeconds);
            await Task.Delay(pause < listenFor ? pause : listenFor, clock, cancellationToken);
        }
    }

    private async Task<int> ReadOnceAsync(MailAccountSettings account, CancellationToken cancellationToken)
    {
        using var client = new Pop3Client();
        var credentials = await MailCredentials.OfAccountAsync(account, tokens, cancellationToken);
        await MailConnections.ConnectAsync(client, account.Host, account.EffectivePort, account.Security, credentials, cancellationToken);
        var uidls = await Pop3Uidls.ReadAsync(client, account, cancellationToken);
        var handled = await HandledAsync(account.Id, uidls, cancellationToken);
        var sizes = uidls.Count == 0 ? [] : await client.GetMessageSizesAsync(cancellationToken);
        var done = Enumerable.Range(0, uidls.Count).Where(i => handled.Contains(uidls[i])).ToList();
        var imported = 0;
        foreach (var batch in Enumerable.Range(0, uidls.Count).Where(i => !handled.Contains(uidls[i])).Chunk(FetchBatch))
        {
            var wanted = new List<int>(batch.Length);
            foreach (var index in batch)
            {
                if (await sizeLimit.AdmitAsync(PositionOf(account, uidls[index]), sizes[index], cancellationToken))
                {
                    wanted.Add(index);
                }
            }

            if (wanted.Count == 0)
            {
                continue;
            }

            var streams = await client.GetStreamsAsync(wanted, headersOnly: false, cancellationToken);
            var messages = new List<(MailboxPosition Position, byte[] Raw)>(wanted.Count);
            for (var i = 0; i < wanted.Count; i++)
            {
                messages.Add((PositionOf(account, uidls[wanted[i]]), await BytesOfAsync(streams[i], cancellationToken)));
            }

            await importer.ImportAsync(messages, cancellationToken);
            done.AddRange(wanted);
            imported += wanted.Count;
        }

        if (account.AfterImport == AfterImport.Delete && done.Count > 0)
        {
            await client.DeleteMessagesAsync(done, cancellationToken);
        }

        // The server deletes the messages marked with DELE only now, at QUIT, after every one of them was committed.
        await client.DisconnectAsync(quit: true, cancellationToken);
        return imported;
    }

    // The account's messages handled before, by UIDL: imported, or quarantined whole. One that was too large to read is
    // not among them: its size is looked at again, and it is read once MaxMessageBytes allows.
    private async Task<HashSet<string>> HandledAsync(string accountId, IList<string> uidls, CancellationToken cancellationToken)
    {
        if (uidls.Count == 0)
        {
            return [];
        }

        var listed = uidls.ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        var handled = await db.ImportedMessages.UidlsAmong(accountId, listed)
            .Concat(db.Quarantine.Where(q => q.Raw != null).UidlsAmong(accountId, listed))
            .ToListAsync(cancellationToken);
        return handled.ToHashSet(StringComparer.Ordinal);
    }

    private static MailboxPosition PositionOf(MailAccountSettings account, string uidl) => MailboxPosition.OfPop3(account.Id, account.Queue, uidl);

    private static async Task<byte[]> BytesOfAsync(Stream stream, CancellationToken cancellationToken)
    {
        await using (stream)
        {
            using var raw = new MemoryStream();
            await stream.CopyToAsync(raw, cancellationToken);
            return raw.ToArray();
        }
    }
}
