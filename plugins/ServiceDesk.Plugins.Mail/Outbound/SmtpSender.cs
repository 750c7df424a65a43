using MailKit.Net.Smtp;
using MimeKit;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>Hands messages to the configured SMTP server.</summary>
public sealed class SmtpSender(MailSettings settings, OAuthTokens tokens)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = settings.Smtp;
        if (smtp.Host is null)
        {
            throw new MailSendException("No SMTP server is configured (ServiceDesk:Plugins:mail:Smtp:Host).");
        }

        var credentials = await MailCredentials.OfSmtpAsync(smtp, tokens, cancellationToken);
        using var client = new SmtpClient();
        await MailConnections.ConnectAsync(client, smtp.Host, smtp.EffectivePort, smtp.Security, credentials, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
