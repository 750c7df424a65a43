using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Keeps messages larger than <see cref="MailSettings.MaxMessageBytes"/> (by the size the server reports, before any is
/// fetched) in the mailbox, unread, whatever the protocol: the quarantine says why, once, and a larger limit lets the next
/// reading import them.
/// </summary>
public sealed partial class MessageSizeLimit(IServiceScopeFactory scopes, MailSettings settings, ILogger<MessageSizeLimit> logger)
{
    /// <summary>Whether a message of <paramref name="size"/> bytes is to be read; when not, the quarantine records why.</summary>
    public async Task<bool> AdmitAsync(MailboxPosition position, long size, CancellationToken cancellationToken)
    {
        if (size <= settings.MaxMessageBytes)
        {
            return true;
        }

        LogTooLarge(logger, position.Label, position.AccountId, size, settings.MaxMessageBytes);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MailQuarantine>().AddAsync(position, raw: null, message: null,
            $"{size} bytes, more than MaxMessageBytes ({settings.MaxMessageBytes}); the message stays in the mailbox.", notice: null, cancellationToken);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Message {Message} of mail account {Account} has {Size} bytes, more than MaxMessageBytes ({Limit}); it stays in the mailbox")]
    private static partial void LogTooLarge(ILogger logger, string message, string account, long size, long limit);
}
