using MailKit.Net.Smtp;
using MimeKit;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>Hands messages to the configured SMTP server.</summary>
public sealed class SmtpSender(MailSettings settings)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = settings.Smtp;
        if (smtp.Host is null)
        {
            throw new MailSendException("No SMTP server is configured (ServiceDesk:Plugins:mail:Smtp:Host).");
        }

        using var client = new SmtpClient();
        await MailConnections.ConnectAsync(client, smtp.Host, smtp.EffectivePort, smtp.Security, smtp.UserName, smtp.Password, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
