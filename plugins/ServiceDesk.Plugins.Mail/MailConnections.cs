using MailKit;
using MailKit.Security;

namespace ServiceDesk.Plugins.Mail;

/// <summary>Opens connections to mail servers (IMAP, SMTP) the same way for every protocol: connect, protect, log in.</summary>
public static class MailConnections
{
    /// <summary>Connects <paramref name="client"/> to the server with the given protection and logs in when there are credentials.</summary>
    public static async Task ConnectAsync(IMailService client, string host, int port, MailSecurity security, MailCredentials? credentials,
        CancellationToken cancellationToken)
    {
        await client.ConnectAsync(host, port, SocketOptionsOf(security), cancellationToken);
        if (credentials is null)
        {
            return;
        }

        if (credentials.Authentication == MailAuthentication.OAuth2)
        {
            // SASL XOAUTH2, which Microsoft 365 and Gmail take for IMAP, POP3 and SMTP alike.
            await client.AuthenticateAsync(new SaslMechanismOAuth2(credentials.UserName, credentials.Secret), cancellationToken);
        }
        else
        {
            await client.AuthenticateAsync(credentials.UserName, credentials.Secret, cancellationToken);
        }
    }

    private static SecureSocketOptions SocketOptionsOf(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };
}
