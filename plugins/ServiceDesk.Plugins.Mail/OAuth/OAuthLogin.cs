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

    /// <summary>The name of the login of the account <paramref name="accountId"/>, whether it uses OAuth2 or not.</summary>
    public static string AccountName(string accountId) => "account:" + accountId;

    public static OAuthLogin OfAccount(MailAccountSettings account) => new(AccountName(account.Id), account.UserName, account.OAuth2!);

    public static OAuthLogin OfSmtp(SmtpSettings smtp) => new(SmtpName, smtp.UserName!, smtp.OAuth2!);

    /// <summary>
    /// The logins that use OAuth2: <paramref name="accounts"/>' in their order, then <paramref name="smtp"/>'s. Of two
    /// accounts with one id (the configuration's, and a stored one that it keeps from being read) the first counts.
    /// </summary>
    public static IReadOnlyList<OAuthLogin> AllOf(IEnumerable<MailAccountSettings> accounts, SmtpSettings smtp) =>
        accounts.DistinctBy(a => a.Id).Where(a => a.Authentication == MailAuthentication.OAuth2).Select(OfAccount)
            .Concat(smtp.Authentication == MailAuthentication.OAuth2 ? [OfSmtp(smtp)] : [])
            .ToList();
}
