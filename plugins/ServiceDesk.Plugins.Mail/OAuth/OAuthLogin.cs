namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>A mail login that uses OAuth2: a mailbox account's, or the SMTP server's. Its tokens are stored under <see cref="Name"/>.</summary>
/// <param name="Name"><c>account:{id}</c>, or <c>smtp</c>: the two cannot meet, as account ids have no colon.</param>
/// <param name="UserName">Who logs in (XOAUTH2's user): for Microsoft 365 and Gmail, the mailbox's address.</param>
/// <param name="Settings">The application registered with the provider.</param>
public sealed record OAuthLogin(string Name, string UserName, OAuth2Settings Settings)
{
    public const string SmtpName = "smtp";

    /// <summary>Where an administrator starts consent for this login.</summary>
    public string AuthorizePath => $"/api/v1/plugins/mail/oauth/{Name}/authorize";

    public static OAuthLogin OfAccount(MailAccountSettings account) => new("account:" + account.Id, account.UserName, account.OAuth2!);

    public static OAuthLogin OfSmtp(SmtpSettings smtp) => new(SmtpName, smtp.UserName!, smtp.OAuth2!);

    /// <summary>The logins that the settings have use OAuth2: the accounts' in their order, then the SMTP server's.</summary>
    public static IReadOnlyList<OAuthLogin> AllOf(MailSettings settings) =>
        settings.Accounts.Where(a => a.Authentication == MailAuthentication.OAuth2).Select(OfAccount)
            .Concat(settings.Smtp.Authentication == MailAuthentication.OAuth2 ? [OfSmtp(settings.Smtp)] : [])
            .ToList();

    /// <summary>The login of that name, or null when the settings have none that uses OAuth2.</summary>
    public static OAuthLogin? Find(MailSettings settings, string name) => AllOf(settings).SingleOrDefault(l => l.Name == name);
}
