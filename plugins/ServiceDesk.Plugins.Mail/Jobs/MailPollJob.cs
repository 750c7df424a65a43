using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>
/// Reads every configured mailbox, all at the same time, each by its protocol: what waits is imported, and then, for
/// <see cref="MailSettings.IdleSeconds"/>, what arrives at an IMAP server that offers IDLE, or at a POP3 server asked
/// again every <see cref="MailSettings.Pop3PollSeconds"/>. A mailbox that cannot be read does not keep the others from
/// theirs; the run then fails with its reason, which administrators see in the recurring jobs' list.
/// </summary>
public sealed partial class MailPollJob(
    MailSettings settings, MailboxReader imap, Pop3MailboxReader pop3, TimeProvider clock, ILogger<MailPollJob> logger) : IRecurringJob
{
    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var listenUntil = clock.GetUtcNow().AddSeconds(settings.IdleSeconds);
        var failures = await Task.WhenAll(settings.Accounts.Select(account => ReadAsync(account, listenUntil, cancellationToken)));
        if (failures.OfType<string>().ToList() is { Count: > 0 } failed)
        {
            throw new MailImportException("Reading mail failed for " + string.Join("; ", failed));
        }
    }

    // The reason the account could not be read, or null.
    private async Task<string?> ReadAsync(MailAccountSettings account, DateTimeOffset listenUntil, CancellationToken cancellationToken)
    {
        try
        {
            var imported = account.Protocol == MailProtocol.Pop3
                ? await pop3.ReadAsync(account, listenUntil, cancellationToken)
                : await imap.ReadAsync(account, listenUntil, cancellationToken);
            if (imported > 0)
            {
                LogImported(logger, imported, account.Id);
            }

            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(logger, error, account.Id);
            return $"{account.Id}: {error.GetType().Name}: {error.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} messages from mail account {Account}")]
    private static partial void LogImported(ILogger logger, int count, string account);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading mail account {Account} failed")]
    private static partial void LogFailed(ILogger logger, Exception error, string account);
}
