using System.Net;
using System.Text.Json;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Mail accounts and the SMTP server log in with OAuth2 access tokens (SASL XOAUTH2) at a real Dovecot and SMTP server,
/// which ask <see cref="OAuthTestServer"/> whether a token is active; an expired access token is renewed with the refresh
/// token, which the provider rotates; revoked consent fails the reading with the reason; an account stored through the API
/// is a login like the configuration's, until it is deleted with its tokens. On SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailOAuthLoginTests(string provider) : MailChannelFixture(provider, oauth: true)
{
    private const string Login = "account:helpdesk";

    private const string Accounts = "/api/v1/plugins/mail/accounts";

    [Test]
    public async Task AnAccountWithOAuth2_ImportsMail_LoggingInWithXOAuth2()
    {
        await using var server = await StartAccountAsync();
        using var admin = await server.AgentAsync("admin");
        await ExpectConsentAsync(server, admin, Login);

        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Printer jams (OAuth2)", "Every page."));
        var ticket = await SingleTicketAsync(admin, "Printer jams (OAuth2)");

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Queue, Is.EqualTo("Misc"));
            Assert.That(OAuth.Renewals, Is.EqualTo(0), "the consent's access token was still good");
        });
    }

    [Test]
    public async Task AnExpiredAccessToken_IsRenewed_AndTheRotatedRefreshTokenIsKept()
    {
        var clock = new ShiftedTimeProvider(TimeSpan.Zero);
        await using var server = await StartAccountAsync(clock);
        using var admin = await server.AgentAsync("admin");
        await ExpectConsentAsync(server, admin, Login);
        await ImportAsync(admin, "Before the expiry");
        var consented = OAuth.IssuedRefreshTokens.Single();

        // An hour later the access token has expired, at the provider and for the service.
        OAuth.ExpireAccessTokens();
        clock.Shift = TimeSpan.FromHours(1);
        await ImportAsync(admin, "After the first expiry");
        var renewalsThen = OAuth.Renewals;

        // The provider took the consent's refresh token once: only the rotated one, if the service kept it, renews again.
        OAuth.ExpireAccessTokens();
        clock.Shift = TimeSpan.FromHours(2);
        await ImportAsync(admin, "After the second expiry");
        using var http = new HttpClient();
        using var withTheOldToken = await http.PostAsync(OAuth.TokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = consented,
            ["client_id"] = OAuthTestServer.ClientId,
            ["client_secret"] = OAuthTestServer.ClientSecret,
        }));
        var status = (await MailOAuth.StatusAsync(admin))[Login];

        Assert.Multiple(async () =>
        {
            Assert.That(renewalsThen, Is.EqualTo(1));
            Assert.That(OAuth.Renewals, Is.EqualTo(2));
            Assert.That(withTheOldToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await withTheOldToken.Content.ReadAsStringAsync(), Does.Contain("invalid_grant"));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("Valid"));
            Assert.That(status.GetProperty("lastError").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task AnAgentsReply_GoesOutThroughSmtp_LoggedInWithXOAuth2()
    {
        var settings = AccountSettings();
        foreach (var (key, value) in MailOAuth.Settings(OAuth, MailOAuth.Smtp))
        {
            settings[key] = value;
        }

        settings[$"{MailOAuth.Smtp}:UserName"] = "helpdesk";
        await using var server = await StartServerAsync(settings);
        using var admin = await server.AgentAsync("admin");
        await ExpectConsentAsync(server, admin, Login);
        await ExpectConsentAsync(server, admin, "smtp");
        await Mail.SendAsync(Message("Olga Smirnova", "olga@corp.example", "No access to mail", "Outlook asks for a password."));
        var ticket = await SingleTicketAsync(admin, "No access to mail");

        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/articles",
            new { body = "The password is reset.", channel = "email" }, ApiTestBase.Json), HttpStatusCode.Created);
        using var olga = await Mail.OpenInboxAsync("olga");
        var uids = await UntilAsync(() => olga.Inbox.SearchAsync(SearchQuery.All), u => u.Count == 1);
        var reply = await olga.Inbox.GetMessageAsync(uids[0]);

        Assert.Multiple(() =>
        {
            Assert.That(reply.TextBody, Does.Contain("The password is reset."));
            Assert.That(reply.Headers["X-Authenticated-User"], Is.EqualTo("helpdesk"), "the SMTP server took the helpdesk's access token");
        });
    }

    [Test]
    public async Task RevokedConsent_FailsTheReading_WithTheReason_AndShowsInTheStatus_UntilAnAdministratorConsentsAgain()
    {
        var clock = new ShiftedTimeProvider(TimeSpan.Zero);
        await using var server = await StartAccountAsync(clock);
        using var admin = await server.AgentAsync("admin");
        await ExpectConsentAsync(server, admin, Login);
        await ImportAsync(admin, "Before the revocation");

        OAuth.RevokeConsent();
        clock.Shift = TimeSpan.FromHours(1);
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "After the revocation", "Hello."));
        var failed = await UntilAsync(() => PollJobAsync(admin), j => j.LastError?.Contains("invalid_grant", StringComparison.Ordinal) == true);
        var status = (await MailOAuth.StatusAsync(admin))[Login];
        var waiting = await TicketsAsync(admin, "After the revocation");
        var requests = OAuth.RenewalRequests;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var requestsLater = OAuth.RenewalRequests;

        await ExpectConsentAsync(server, admin, Login);
        await SingleTicketAsync(admin, "After the revocation");

        Assert.Multiple(() =>
        {
            Assert.That(failed.LastError, Does.Contain($"helpdesk: OAuthTokenException: {Login} needs an administrator's consent again (GET /api/v1/plugins/mail/oauth/{Login}/authorize)."));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("NeedsConsent"));
            Assert.That(status.GetProperty("lastError").GetString(), Does.StartWith("The provider refused to renew the tokens: invalid_grant"));
            Assert.That(status.GetProperty("warning").GetString(), Does.Contain("The provider no longer takes the refresh token"));
            Assert.That(waiting, Is.Empty);
            Assert.That(requests, Is.EqualTo(1));
            Assert.That(requestsLater, Is.EqualTo(1), "a refused refresh token is not tried again at every run");
        });
    }

    [Test]
    public async Task AStoredAccountWithOAuth2_IsConsentedTriedAndRead_AndDeletedWithItsTokens()
    {
        // No OAuth2 login in the configuration: the daily check is there all the same, for the stored ones.
        await using var server = await StartServerAsync(new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:IdleSeconds"] = "0" }, configureAccount: false);
        using var admin = await server.AgentAsync("admin");
        var account = Mail.Account("helpdesk", "helpdesk", "Misc", password: "not the password");
        account["authentication"] = "OAuth2";
        account["oauth2"] = new Dictionary<string, object?>
        {
            ["provider"] = "Custom",
            ["authorizeUrl"] = OAuth.AuthorizeUrl,
            ["tokenUrl"] = OAuth.TokenUrl,
            ["clientId"] = OAuthTestServer.ClientId,
            ["clientSecret"] = OAuthTestServer.ClientSecret,
            ["scopes"] = new[] { OAuthTestServer.Scope },
        };
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, account, ApiTestBase.Json), HttpStatusCode.Created);
        var beforeConsent = (await MailOAuth.StatusAsync(admin))[Login];

        await ExpectConsentAsync(server, admin, Login);
        using var test = await admin.PostAsync($"{Accounts}/helpdesk/test", null);
        var tried = await test.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        await ImportAsync(admin, "Printer jams (stored, OAuth2)");
        var jobs = await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/jobs/recurring");
        await ApiTestBase.ExpectAsync(await admin.DeleteAsync($"{Accounts}/helpdesk"), HttpStatusCode.NoContent);
        var afterDeletion = await MailOAuth.StatusAsync(admin);

        Assert.Multiple(async () =>
        {
            Assert.That(beforeConsent.GetProperty("state").GetString(), Is.EqualTo("NoTokens"));
            Assert.That(tried.GetProperty("succeeded").GetBoolean(), Is.True, tried.GetProperty("message").GetString());
            Assert.That(tried.GetProperty("message").GetString(), Does.Contain("logged in as helpdesk"));
            Assert.That(jobs.Select(j => j.GetProperty("name").GetString()), Does.Contain("mail:oauth-check"));
            Assert.That(afterDeletion.Keys, Does.Not.Contain(Login));
            Assert.That(await TokenRowsAsync(server), Is.Zero, "its tokens went with it");
        });
    }

    // An employee's message, and the ticket it becomes.
    private async Task ImportAsync(HttpClient admin, string subject)
    {
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", subject, "Hello."));
        await SingleTicketAsync(admin, subject);
    }

    private Task<ServiceDeskServer> StartAccountAsync(TimeProvider? clock = null) => StartServerAsync(AccountSettings(), clock);

    // The helpdesk's account with OAuth2, read afresh at each run (no IDLE), so that each run logs in.
    private Dictionary<string, string?> AccountSettings()
    {
        var settings = MailOAuth.Settings(OAuth, MailOAuth.Account);
        settings["ServiceDesk:Plugins:mail:IdleSeconds"] = "0";
        return settings;
    }

    private static async Task<int> TokenRowsAsync(ServiceDeskServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        return await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"Mail_OAuthTokens\" WHERE \"Login\" = {Login}").SingleAsync();
    }

    private static async Task ExpectConsentAsync(ServiceDeskServer server, HttpClient admin, string login)
    {
        using var callback = await MailOAuth.ConsentAsync(server, admin, login);
        Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.OK), await callback.Content.ReadAsStringAsync());
    }
}
