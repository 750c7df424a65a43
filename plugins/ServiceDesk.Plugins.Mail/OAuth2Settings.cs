using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// How a mail login gets its OAuth2 tokens: the application registered with the provider, and what it asks for
/// (<c>Accounts:{n}:OAuth2</c>, <c>Smtp:OAuth2</c>). Microsoft and Google come with their endpoints and scopes.
/// </summary>
public sealed partial class OAuth2Settings
{
    // One consent covers reading by IMAP or POP3 and sending by SMTP as the mailbox; offline_access brings the refresh token.
    private static readonly string[] MicrosoftScopes =
    [
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/POP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
    ];

    private static readonly string[] GoogleScopes = ["https://mail.google.com/"];

    public OAuth2Provider Provider { get; set; } = OAuth2Provider.Microsoft;

    /// <summary>
    /// Microsoft: the application's directory (tenant) id or domain, or <c>organizations</c> for an application that any
    /// organization may use.
    /// </summary>
    public string? Tenant { get; set; }

    /// <summary>Custom: the provider's authorization endpoint, where the administrator consents.</summary>
    public string? AuthorizeUrl { get; set; }

    /// <summary>Custom: the provider's token endpoint.</summary>
    public string? TokenUrl { get; set; }

    /// <summary>The application (client) id from the provider's registration.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>None for a public client, which proves itself with PKCE alone.</summary>
    [Secret]
    public string? ClientSecret { get; set; }

    /// <summary>What to ask for; none: the provider's defaults (Microsoft: IMAP, POP and SMTP as the user and offline_access; Google: https://mail.google.com/).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>
    /// How long a refresh token lasts after it was issued or last used, when the provider does not say
    /// (<c>refresh_token_expires_in</c>); none: Microsoft's 90 days, Google's 180 (six months unused), 90 for others.
    /// </summary>
    public int? RefreshTokenLifetimeDays { get; set; }

    public Uri EffectiveAuthorizeUrl => new(Provider switch
    {
        OAuth2Provider.Microsoft => $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/authorize",
        OAuth2Provider.Google => "https://accounts.google.com/o/oauth2/v2/auth",
        _ => AuthorizeUrl!,
    });

    public Uri EffectiveTokenUrl => new(Provider switch
    {
        OAuth2Provider.Microsoft => $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token",
        OAuth2Provider.Google => "https://oauth2.googleapis.com/token",
        _ => TokenUrl!,
    });

    public IReadOnlyList<string> EffectiveScopes => Scopes.Count > 0 ? Scopes : Provider switch
    {
        OAuth2Provider.Microsoft => MicrosoftScopes,
        OAuth2Provider.Google => GoogleScopes,
        _ => [],
    };

    public TimeSpan EffectiveRefreshTokenLifetime => TimeSpan.FromDays(RefreshTokenLifetimeDays ?? (Provider == OAuth2Provider.Google ? 180 : 90));

    /// <summary>
    /// Microsoft wants the scopes again when a token is refreshed; Google documents no scope there, and RFC 6749 lets it be
    /// left out (the scopes of the consent then apply).
    /// </summary>
    public bool ScopesOnRefresh => Provider != OAuth2Provider.Google;

    /// <summary>
    /// What the provider needs beyond RFC 6749 to give a refresh token: Google gives one only to offline access, and again
    /// on a second consent only when asked to show the consent screen.
    /// </summary>
    public IReadOnlyDictionary<string, string> ExtraAuthorizeParameters => Provider == OAuth2Provider.Google
        ? new Dictionary<string, string> { ["access_type"] = "offline", ["prompt"] = "consent" }
        : new Dictionary<string, string>();

    /// <summary>
    /// The problems of a login's OAuth2 settings, each naming <paramref name="owner"/> (<c>Account 'helpdesk'</c>, <c>Smtp</c>):
    /// none when it logs in with a password.
    /// </summary>
    public static IEnumerable<ValidationResult> ProblemsOf(MailAuthentication authentication, OAuth2Settings? settings, string owner)
    {
        if (authentication != MailAuthentication.OAuth2)
        {
            return [];
        }

        return settings is null
            ? [new ValidationResult($"{owner}: Authentication OAuth2 needs the OAuth2 section: Provider, ClientId and, for Microsoft, Tenant.", ["OAuth2"])]
            : settings.ProblemsOf(owner);
    }

    private IEnumerable<ValidationResult> ProblemsOf(string owner)
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return Problem(owner, "OAuth2 needs ClientId, the application (client) id from the provider's registration.", nameof(ClientId));
        }

        if (Provider == OAuth2Provider.Microsoft && (Tenant is null || !TenantPattern().IsMatch(Tenant)))
        {
            yield return Problem(owner,
                "OAuth2 with Provider Microsoft needs Tenant: the directory (tenant) id or domain from the application's overview in Microsoft Entra, or 'organizations'.",
                nameof(Tenant));
        }

        if (Provider == OAuth2Provider.Custom)
        {
            foreach (var (name, url) in new[] { (nameof(AuthorizeUrl), AuthorizeUrl), (nameof(TokenUrl), TokenUrl) })
            {
                if (UrlProblem(url) is { } problem)
                {
                    yield return Problem(owner, $"OAuth2 {name} {problem}", name);
                }
            }

            if (Scopes.Count == 0)
            {
                yield return Problem(owner, "OAuth2 with Provider Custom needs Scopes, which the provider's documentation names.", nameof(Scopes));
            }
        }
        else if (AuthorizeUrl is not null || TokenUrl is not null)
        {
            yield return Problem(owner, $"OAuth2 AuthorizeUrl and TokenUrl are for Provider Custom; {Provider}'s are built in.", nameof(AuthorizeUrl));
        }

        if (Scopes.Any(s => string.IsNullOrWhiteSpace(s) || s.Any(char.IsWhiteSpace)))
        {
            yield return Problem(owner, "OAuth2 Scopes are single words without spaces, one per entry.", nameof(Scopes));
        }

        if (RefreshTokenLifetimeDays is < 1 or > 3_650)
        {
            yield return Problem(owner, "OAuth2 RefreshTokenLifetimeDays is 1 to 3,650.", nameof(RefreshTokenLifetimeDays));
        }
    }

    // Why a provider's endpoint is not usable, or null: tokens and secrets travel to it, so in the clear only on this machine.
    private static string? UrlProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "is required for Provider Custom.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{url}' is not an absolute https address.";
        }

        return uri.Scheme == Uri.UriSchemeHttp && !MailHosts.IsLoopback(uri.Host)
            ? $"'{url}' must use https: tokens and the client secret go there (http only for a server on this machine)."
            : null;
    }

    private static ValidationResult Problem(string owner, string message, string member) => new($"{owner}: {message}", [member]);

    [GeneratedRegex("^[A-Za-z0-9.-]{1,100}$")]
    private static partial Regex TenantPattern();
}
