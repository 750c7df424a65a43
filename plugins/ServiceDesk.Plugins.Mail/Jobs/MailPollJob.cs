using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>
/// Reads every enabled mailbox (of the configuration and those stored by administrators, as they are when the run
/// starts), all at the same time, each by its protocol: what waits is imported, and then, for
/// <see cref="MailSettings.IdleSeconds"/>, what arrives at an IMAP server that offers IDLE, or at a POP3 server asked
/// again every <see cref="MailSettings.Pop3PollSeconds"/>. A mailbox that cannot be read does not keep the others from
/// theirs; the run then fails with its reason, which administrators see in the recurring jobs' list, and each account's
/// reading is recorded for the accounts' list. A run without accounts does nothing.
/// </summary>
public sealed partial class MailPollJob(
    MailSettings settings, MailAccounts accounts, MailboxReader imap, Pop3MailboxReader pop3, AccountStatusLog status, TimeProvider clock,
    ILogger<MailPollJob> logger) : IRecurringJob
{
    // How often a run that listens looks whether administrators changed the stored accounts: a changed, disabled or
    // removed account then stops being read within this, and a new one is read from the next run on.
    private static readonly TimeSpan ChangeCheck = TimeSpan.FromSeconds(2);

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        // Taken before the accounts, so that a change in between is noticed, not missed.
        var version = await accounts.VersionAsync(cancellationToken);
        var read = (await accounts.ListAsync(cancellationToken)).Where(a => a.NotRead is null).Select(a => a.Settings).ToList();
        if (read.Count == 0)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listenUntil = clock.GetUtcNow().AddSeconds(settings.IdleSeconds);
        var reading = Task.WhenAll(read.Select(account => ReadAsync(account, listenUntil, stop.Token, cancellationToken)));
        var watching = StopWhenChangedAsync(version, reading, stop, cancellationToken);
        var failed = (await reading).OfType<string>().ToList();
        await watching;
        if (failed.Count > 0)
        {
            throw new MailImportException("Reading mail failed for " + string.Join("; ", failed));
        }
    }

    // Stops the readings when the stored accounts change while they go on (listening with IDLE). Stopped as a crash would
    // stop them, they lose nothing: what was committed is flagged at the next reading, and its keys keep it from being
    // written twice. The next run reads the accounts as they are now.
    private async Task StopWhenChangedAsync(string version, Task reading, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        while (await Task.WhenAny(reading, Task.Delay(ChangeCheck, clock, CancellationToken.None)) != reading)
        {
            if (await accounts.VersionAsync(cancellationToken) != version)
            {
                LogAccountsChanged(logger);
                await stop.CancelAsync();
                return;
            }
        }
    }

    // The reason the account could not be read, or null. Each time its mailbox is read through, the account's status says so.
    private async Task<string?> ReadAsync(MailAccountSettings account, DateTimeOffset listenUntil, CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            IMailboxReader reader = account.Protocol == MailProtocol.Pop3 ? pop3 : imap;
            await reader.ReadAsync(account, listenUntil, (imported, ct) => ReadThroughAsync(account, imported, ct), stop);
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Stopped because the accounts changed: not a failure.
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(logger, error, account.Id);
            var reason = $"{error.GetType().Name}: {error.Message}";
            await status.FailedAsync(account.Id, reason, cancellationToken);
            return $"{account.Id}: {reason}";
        }
    }

    private async Task ReadThroughAsync(MailAccountSettings account, int imported, CancellationToken cancellationToken)
    {
        if (imported > 0)
        {
            LogImported(logger, imported, account.Id);
        }

        await status.ReadAsync(account.Id, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} messages from mail account {Account}")]
    private static partial void LogImported(ILogger logger, int count, string account);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading mail account {Account} failed")]
    private static partial void LogFailed(ILogger logger, Exception error, string account);

    [LoggerMessage(Level = LogLevel.Information, Message = "The mail accounts changed: this run of the poll job stops, and the next reads them as they are now")]
    private static partial void LogAccountsChanged(ILogger logger);
}
