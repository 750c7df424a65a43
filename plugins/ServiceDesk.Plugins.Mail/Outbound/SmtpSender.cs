using MailKit.Net.Smtp;
using MailKit.Security;
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
        await client.ConnectAsync(smtp.Host, smtp.EffectivePort, smtp.Security switch
        {
            MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
            MailSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        }, cancellationToken);
        if (smtp.UserName is not null)
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
