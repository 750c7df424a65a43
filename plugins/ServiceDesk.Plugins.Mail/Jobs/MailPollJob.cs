using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>
/// Reads every configured mailbox, one after the other. A mailbox that cannot be read does not keep the others from
/// theirs; the run then fails with its reason, which administrators see in the recurring jobs' list.
/// </summary>
public sealed partial class MailPollJob(MailSettings settings, MailboxReader reader, ILogger<MailPollJob> logger) : IRecurringJob
{
    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var account in settings.Accounts)
        {
            try
            {
                var imported = await reader.ReadAsync(account, cancellationToken);
                if (imported > 0)
                {
                    LogImported(logger, imported, account.Id);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error, account.Id);
                failures.Add($"{account.Id}: {error.GetType().Name}: {error.Message}");
            }
        }

        if (failures.Count > 0)
        {
            throw new MailImportException("Reading mail failed for " + string.Join("; ", failures));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} messages from mail account {Account}")]
    private static partial void LogImported(ILogger logger, int count, string account);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading mail account {Account} failed")]
    private static partial void LogFailed(ILogger logger, Exception error, string account);
}
