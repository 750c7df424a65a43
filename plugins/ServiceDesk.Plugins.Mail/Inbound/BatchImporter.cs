using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Imports the messages of one fetch several at a time (<see cref="MailSettings.ImportConcurrency"/>), each in a scope
/// of its own: the core writes tickets that arrive together in one commit, so the messages share commits instead of
/// waiting for one each. A message that answers another (a ticket number in its subject, In-Reply-To or References)
/// waits until every message before it is imported, so that the ticket it answers exists, whichever message of the
/// fetch opened it. Then the fetch's imports are recorded in one write.
/// </summary>
public sealed class BatchImporter(IServiceScopeFactory scopes, TicketNumberInSubject numbers, MailSettings settings)
{
    public async Task<IReadOnlyList<(MailboxPosition Position, ImportResult Result)>> ImportAsync(
        IReadOnlyList<(MailboxPosition Position, byte[] Raw)> messages, CancellationToken cancellationToken)
    {
        var results = new (MailboxPosition, ImportResult)[messages.Count];
        ImportBatch batch;
        await using (var scope = scopes.CreateAsyncScope())
        {
            batch = new ImportBatch(
                await scope.ServiceProvider.GetRequiredService<MailFilters>().LoadAsync(cancellationToken),
                await scope.ServiceProvider.GetRequiredService<MailAccounts>().OwnAddressesAsync(cancellationToken));
        }

        var running = new List<Task>();
        using var slots = new SemaphoreSlim(settings.ImportConcurrency);
        try
        {
            for (var i = 0; i < messages.Count; i++)
            {
                if (AnswersAnother(messages[i].Raw))
                {
                    await Task.WhenAll(running);
                    running.Clear();
                }

                await slots.WaitAsync(cancellationToken);
                // On a thread of its own: SQLite's calls block, and an import started inline would run up to its first
                // real wait (the commit) before the next one starts.
                var index = i;
                running.Add(Task.Run(() => ImportOneAsync(index), cancellationToken));
            }
        }
        finally
        {
            // Nothing is left running on this fetch's scopes when it ends, failed or not.
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        // A failed import (the database is gone, say) fails the fetch: none of it is flagged, and it is read again.
        await Task.WhenAll(running);
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessageImporter>().RecordAsync(results, cancellationToken);
        }

        return results;

        async Task ImportOneAsync(int index)
        {
            try
            {
                var (position, raw) = messages[index];
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<MessageImporter>().ImportAsync(position, raw, batch, cancellationToken);
                batch.Add(result);
                results[index] = (position, result);
            }
            finally
            {
                slots.Release();
            }
        }
    }

    // The importer reads the message again; reading costs about 20 µs, far less than an import, and keeps the importer
    // taking raw bytes as the mailbox gives them.
    private bool AnswersAnother(byte[] raw)
    {
        MimeMessage message;
        try
        {
            message = MessageReader.Read(raw);
        }
        catch (MailImportException)
        {
            // It goes to the quarantine, which depends on no other message.
            return false;
        }

        return !string.IsNullOrWhiteSpace(message.InReplyTo) || message.References.Count > 0 || numbers.Find(message.Subject).Any()
            || (settings.TicketNumberInBody && TicketNumberInBody.Find(numbers, message).Any());
    }
}
