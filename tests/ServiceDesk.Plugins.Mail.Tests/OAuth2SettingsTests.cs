using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// A login with Authentication OAuth2 needs what its provider needs, and says clearly what is missing; Microsoft and Google
/// come with their endpoints, scopes and the parameters that bring a refresh token.
/// </summary>
public sealed class OAuth2SettingsTests
{
    [Test]
    public void AnAccountWithOAuth2_NeedsItsSection()
    {
        var problems = Problems(Account(oauth2: null));

        Assert.That(problems, Is.EqualTo(new[] { "Account 'helpdesk': Authentication OAuth2 needs the OAuth2 section: Provider, ClientId and, for Microsoft, Tenant." }));
    }

    [Test]
    public void Microsoft_NeedsTheClientIdAndTheTenant()
    {
        var problems = Problems(Account(new OAuth2Settings { Provider = OAuth2Provider.Microsoft, Tenant = "contoso.example/../x" }));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Account 'helpdesk': OAuth2 needs ClientId, the application (client) id from the provider's registration.",
            "Account 'helpdesk': OAuth2 with Provider Microsoft needs Tenant: the directory (tenant) id or domain from the application's overview in Microsoft Entra, or 'organizations'.",
        }));
    }

    [Test]
    public void Custom_NeedsItsEndpoints_OverHttps_AndItsScopes()
    {
        var problems = Problems(Account(new OAuth2Settings
        {
            Provider = OAuth2Provider.Custom,
            ClientId = "servicedesk",
            AuthorizeUrl = "http://login.example/authorize",
        }));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Account 'helpdesk': OAuth2 AuthorizeUrl 'http://login.example/authorize' must use https: tokens and the client secret go there (http only for a server on this machine).",
            "Account 'helpdesk': OAuth2 TokenUrl is required for Provider Custom.",
            "Account 'helpdesk': OAuth2 with Provider Custom needs Scopes, which the provider's documentation names.",
        }));
    }

    [Test]
    public void Custom_TakesHttp_OnThisMachine()
    {
        var problems = Problems(Account(new OAuth2Settings
        {
            Provider = OAuth2Provider.Custom,
            ClientId = "servicedesk",
            AuthorizeUrl = "http://127.0.0.1:8080/authorize",
            TokenUrl = "http://localhost:8080/token",
            Scopes = ["mail"],
        }));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void APreset_TakesNoEndpoints_NorScopesWithSpaces_NorAnEndlessLifetime()
    {
        var problems = Problems(Account(new OAuth2Settings
        {
            Provider = OAuth2Provider.Google,
            ClientId = "servicedesk",
            TokenUrl = "https://login.example/token",
            Scopes = ["https://mail.google.com/ openid"],
            RefreshTokenLifetimeDays = 0,
        }));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Account 'helpdesk': OAuth2 AuthorizeUrl and TokenUrl are for Provider Custom; Google's are built in.",
            "Account 'helpdesk': OAuth2 Scopes are single words without spaces, one per entry.",
            "Account 'helpdesk': OAuth2 RefreshTokenLifetimeDays is 1 to 3,650.",
        }));
    }

    [Test]
    public void SmtpWithOAuth2_NeedsTheUserWhoSends()
    {
        var settings = new MailSettings
        {
            Smtp = new SmtpSettings { Host = "smtp.office365.com", Authentication = MailAuthentication.OAuth2, OAuth2 = Microsoft() },
        };

        Assert.That(Problems(settings), Is.EqualTo(new[]
        {
            "Smtp: Authentication OAuth2 needs UserName, the mailbox that sends (its address, for Microsoft 365 and Gmail).",
        }));
    }

    [Test]
    public void TheRedirectUri_IsAnAbsoluteAddress()
    {
        var settings = new MailSettings { OAuth2RedirectUri = "/api/v1/plugins/mail/oauth/callback" };

        Assert.That(Problems(settings), Is.EqualTo(new[]
        {
            "OAuth2RedirectUri '/api/v1/plugins/mail/oauth/callback' is not an absolute address such as 'https://helpdesk.example.com/api/v1/plugins/mail/oauth/callback'.",
        }));
    }

    [Test]
    public void Microsoft_ReadsIMAPAndPOPAndSendsAsTheMailbox_WithARefreshToken_InItsTenant()
    {
        var microsoft = Microsoft();

        Assert.Multiple(() =>
        {
            Assert.That(microsoft.EffectiveAuthorizeUrl.AbsoluteUri, Is.EqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
            Assert.That(microsoft.EffectiveTokenUrl.AbsoluteUri, Is.EqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
            Assert.That(microsoft.EffectiveScopes, Is.EqualTo(new[]
            {
                "https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/POP.AccessAsUser.All",
                "https://outlook.office.com/SMTP.Send", "offline_access",
            }));
            Assert.That(microsoft.ScopesOnRefresh, Is.True);
            Assert.That(microsoft.ExtraAuthorizeParameters, Is.Empty);
            Assert.That(microsoft.EffectiveRefreshTokenLifetime, Is.EqualTo(TimeSpan.FromDays(90)));
        });
    }

    [Test]
    public void Google_AsksForOfflineAccess_AndTheConsentScreen()
    {
        var google = new OAuth2Settings { Provider = OAuth2Provider.Google, ClientId = "servicedesk" };

        Assert.Multiple(() =>
        {
            Assert.That(google.EffectiveAuthorizeUrl.AbsoluteUri, Is.EqualTo("https://accounts.google.com/o/oauth2/v2/auth"));
            Assert.That(google.EffectiveTokenUrl.AbsoluteUri, Is.EqualTo("https://oauth2.googleapis.com/token"));
            Assert.That(google.EffectiveScopes, Is.EqualTo(new[] { "https://mail.google.com/" }));
            Assert.That(google.ScopesOnRefresh, Is.False);
            Assert.That(google.ExtraAuthorizeParameters, Is.EquivalentTo(new Dictionary<string, string> { ["access_type"] = "offline", ["prompt"] = "consent" }));
        });
    }

    private static OAuth2Settings Microsoft() => new() { Provider = OAuth2Provider.Microsoft, Tenant = "contoso.onmicrosoft.com", ClientId = "servicedesk" };

    private static MailSettings Account(OAuth2Settings? oauth2) => new()
    {
        Accounts =
        [
            new MailAccountSettings
            {
                Id = "helpdesk", Host = "outlook.office365.com", UserName = "helpdesk@contoso.example", Queue = "Misc",
                Authentication = MailAuthentication.OAuth2, OAuth2 = oauth2,
            },
        ],
    };

    private static List<string?> Problems(MailSettings settings)
    {
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), problems, validateAllProperties: true);
        return problems.Select(p => p.ErrorMessage).ToList();
    }
}
