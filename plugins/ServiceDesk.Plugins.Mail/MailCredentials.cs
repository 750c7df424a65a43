using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// What the service logs in to a mail server with: a user name and its password, or an OAuth2 access token. Not a record:
/// its printed form would show the secret.
/// </summary>
public sealed class MailCredentials
{
    private MailCredentials(string userName, string secret, MailAuthentication authentication)
    {
        UserName = userName;
        Secret = secret;
        Authentication = authentication;
    }

    public string UserName { get; }

    /// <summary>The password, or the access token.</summary>
    public string Secret { get; }

    public MailAuthentication Authentication { get; }

    /// <summary>A user name and its password.</summary>
    public static MailCredentials Password(string userName, string password) => new(userName, password, MailAuthentication.Password);

    /// <summary>An account's login, with an access token renewed first when it needs to be.</summary>
    public static async Task<MailCredentials> OfAccountAsync(MailAccountSettings account, OAuthTokens tokens, CancellationToken cancellationToken) =>
        account.Authentication == MailAuthentication.OAuth2
            ? new(account.UserName, await tokens.GetAccessTokenAsync(OAuthLogin.OfAccount(account), cancellationToken), MailAuthentication.OAuth2)
            : Password(account.UserName, account.Password);

    /// <summary>The SMTP server's login; none when it takes mail without one.</summary>
    public static async Task<MailCredentials?> OfSmtpAsync(SmtpSettings smtp, OAuthTokens tokens, CancellationToken cancellationToken) => smtp switch
    {
        { UserName: null } => null,
        { Authentication: MailAuthentication.OAuth2 } => new(smtp.UserName, await tokens.GetAccessTokenAsync(OAuthLogin.OfSmtp(smtp), cancellationToken), MailAuthentication.OAuth2),
        _ => Password(smtp.UserName, smtp.Password ?? ""),
    };
}
