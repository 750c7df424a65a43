namespace ServiceDesk.Plugins.Mail;

/// <summary>How the service logs in to a mail server.</summary>
public enum MailAuthentication
{
    /// <summary>The user name and its password.</summary>
    Password,

    /// <summary>
    /// The user name and an OAuth2 access token (SASL XOAUTH2), as Microsoft 365 and Gmail require: the token comes from the
    /// refresh token that an administrator's consent gave, and is renewed before it expires.
    /// </summary>
    OAuth2,
}
