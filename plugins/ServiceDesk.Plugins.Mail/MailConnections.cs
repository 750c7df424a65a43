using MailKit;
using MailKit.Security;

namespace ServiceDesk.Plugins.Mail;

/// <summary>Opens connections to mail servers (IMAP, SMTP) the same way for every protocol: connect, protect, log in.</summary>
public static class MailConnections
{
    /// <summary>Connects <paramref name="client"/> to the server with the given protection and logs in when a user name is given.</summary>
    public static async Task ConnectAsync(IMailService client, string host, int port, MailSecurity security, string? userName, string? password,
        CancellationToken cancellationToken)
    {
        await client.ConnectAsync(host, port, SocketOptionsOf(security), cancellationToken);
        if (userName is not null)
        {
            await client.AuthenticateAsync(userName, password ?? "", cancellationToken);
        }
    }

    private static SecureSocketOptions SocketOptionsOf(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };
}
