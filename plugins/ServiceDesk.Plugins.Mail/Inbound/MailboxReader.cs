using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Reads one account's folder over IMAP: each message not imported yet becomes a ticket or an article, and only after
/// that is committed is it flagged, moved or deleted. A crash in between leaves the message to be read again, and its
/// keys make the second import write nothing, so every message is imported exactly once. When the server offers IDLE,
/// the reader then waits on the open connection for new mail, which becomes a ticket within seconds.
/// </summary>
public sealed class MailboxReader(BatchImporter importer, MessageSizeLimit sizeLimit, OAuthTokens tokens, TimeProvider clock) : IMailboxReader
{
    // A batch's messages are fetched in one command, imported together and flagged in one command. Larger batches
    // spread what each costs once (the filters read, the imports recorded, the wait for the last import) over more
    // messages: 500 imported 1,000 messages a second where 50 imported 800. The bytes bound what two batches (the one
    // being imported and the next one, fetched meanwhile) hold in memory when messages are large.
    private const int MaxBatchMessages = 500;
    private const long MaxBatchBytes = 32L * 1024 * 1024;

    /// <inheritdoc/>
    /// <remarks>Without IDLE, the reading ends when nothing waits.</remarks>
    public async Task ReadAsync(MailAccountSettings account, DateTimeOffset listenUntil, Func<int, CancellationToken, Task> readThrough, CancellationToken cancellationToken)
    {
        var credentials = await MailCredentials.OfAccountAsync(account, tokens, cancellationToken);
        using var client = new ImapClient();
        await MailConnections.ConnectAsync(client, account.Host, account.EffectivePort, account.Security, credentials, cancellationToken);
        var folder = await client.GetFolderAsync(account.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var moveTo = account.AfterImport == AfterImport.Move ? await client.GetFolderAsync(account.MoveTo!, cancellationToken) : null;

        using var changes = new FolderChanges(folder);
        while (true)
        {
            changes.Reset();
            await readThrough(await ImportWaitingAsync(account, (ImapFolder)folder, moveTo, cancellationToken), cancellationToken);
            var listenFor = listenUntil - clock.GetUtcNow();
            if (!client.Capabilities.HasFlag(ImapCapabilities.Idle) || listenFor <= TimeSpan.Zero)
            {
                break;
            }

            await changes.IdleAsync(client, listenFor, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    // Everything that waits, a batch at a time: a batch's messages come in one IMAP command and are flagged in one,
    // after all of them are committed, so a crash in between leaves at most two batches to be read again, which their
    // keys make write nothing. The connection is not idle while a batch is imported: it flags the batch before, which is
    // committed, and fetches the next one (a server may take as long to flag a batch as the helpdesk takes to import it).
    // The batches are still imported one after the other, so a message finds the tickets that those before it opened.
    private async Task<int> ImportWaitingAsync(MailAccountSettings account, ImapFolder folder, IMailFolder? moveTo, CancellationToken cancellationToken)
    {
        var uids = await folder.SearchAsync(account.AfterImport == AfterImport.MarkSeen ? SearchQuery.NotSeen : SearchQuery.All, cancellationToken);
        var batches = uids.Count == 0 ? [] : await BatchesAsync(account, folder, uids, cancellationToken);
        var imported = 0;
        IReadOnlyList<(MailboxPosition Position, byte[] Raw)>? committed = null;
        var next = batches.Count > 0 ? await FetchAsync(account, folder, batches[0], cancellationToken) : null;
        for (var i = 0; next is not null; i++)
        {
            var current = next;
            // On a thread of its own, so that the connection's work starts at once.
            var importing = Task.Run(() => importer.ImportAsync(current, cancellationToken), cancellationToken);
            try
            {
                if (committed is not null)
                {
                    await FinishAsync(account, folder, moveTo, committed, cancellationToken);
                }

                next = i + 1 < batches.Count ? await FetchAsync(account, folder, batches[i + 1], cancellationToken) : null;
            }
            finally
            {
                // Nothing is left importing when the connection fails.
                await ((Task)importing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await importing;
            committed = current;
            imported += current.Count;
        }

        if (committed is not null)
        {
            await FinishAsync(account, folder, moveTo, committed, cancellationToken);
        }

        if (account.AfterImport == AfterImport.Delete && imported > 0)
        {
            await folder.ExpungeAsync(cancellationToken);
        }

        return imported;
    }

    // The batch's messages, in the mailbox's order.
    private static async Task<IReadOnlyList<(MailboxPosition Position, byte[] Raw)>> FetchAsync(MailAccountSettings account, ImapFolder folder, IList<UniqueId> batch, CancellationToken cancellationToken)
    {
        var messages = new SortedDictionary<int, (MailboxPosition Position, byte[] Raw)>();
        await folder.GetStreamsAsync(batch, async (_, index, uid, stream, ct) =>
        {
            using var raw = new MemoryStream();
            await stream.CopyToAsync(raw, ct);
            messages[index] = (new MailboxPosition(account.Id, folder.FullName, account.Queue, folder.UidValidity, uid.Id), raw.ToArray());
        }, cancellationToken);
        return messages.Values.ToList();
    }

    // The messages within the size limit (those over it stay in the mailbox, and the quarantine says why), in batches of
    // at most MaxBatchMessages messages and MaxBatchBytes bytes, by the sizes the server reports.
    private async Task<List<IList<UniqueId>>> BatchesAsync(MailAccountSettings account, ImapFolder folder, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        var sizes = await folder.FetchAsync(uids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size), cancellationToken);
        var batches = new List<IList<UniqueId>>();
        var batch = new List<UniqueId>();
        var bytes = 0L;
        foreach (var summary in sizes.OrderBy(s => s.UniqueId.Id))
        {
            var position = new MailboxPosition(account.Id, folder.FullName, account.Queue, folder.UidValidity, summary.UniqueId.Id);
            if (summary.Size is { } size && !await sizeLimit.AdmitAsync(position, size, cancellationToken))
            {
                continue;
            }

            var length = (long)(summary.Size ?? 0);
            if (batch.Count == MaxBatchMessages || (batch.Count > 0 && bytes + length > MaxBatchBytes))
            {
                batches.Add(batch);
                (batch, bytes) = ([], 0);
            }

            batch.Add(summary.UniqueId);
            bytes += length;
        }

        if (batch.Count > 0)
        {
            batches.Add(batch);
        }

        return batches;
    }

    private static async Task FinishAsync(MailAccountSettings account, IMailFolder folder, IMailFolder? moveTo, IReadOnlyList<(MailboxPosition Position, byte[] Raw)> messages, CancellationToken cancellationToken)
    {
        var uids = messages.Select(m => new UniqueId(m.Position.UidValidity, m.Position.Uid)).ToList();
        if (uids.Count == 0)
        {
            return;
        }

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
}
