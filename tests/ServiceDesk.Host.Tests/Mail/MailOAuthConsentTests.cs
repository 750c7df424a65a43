using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// An administrator connects a mail account that logs in with OAuth2: by consent at the provider (the authorization code
/// flow with PKCE, back to a callback that the browser calls without the API's token), or with a refresh token obtained
/// elsewhere; the status shows how the tokens stand. Against <see cref="OAuthTestServer"/>, on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailOAuthConsentTests(string provider) : MailChannelFixture(provider, oauth: true)
{
    private const string Login = "account:helpdesk";

    [Test]
    public async Task Consent_StoresTheTokens_AsTheAdministrators_AndTheStatusShowsThemValid()
    {
        await using var server = await StartServerAsync(MailOAuth.Settings(OAuth, MailOAuth.Account));
        using var admin = await server.AgentAsync("admin");
        var before = (await MailOAuth.StatusAsync(admin))[Login];

        using var callback = await MailOAuth.ConsentAsync(server, admin, Login);
        var after = (await MailOAuth.StatusAsync(admin))[Login];

        Assert.Multiple(async () =>
        {
            Assert.That(before.GetProperty("state").GetString(), Is.EqualTo("NoTokens"));
            Assert.That(before.GetProperty("warning").GetString(), Does.Contain($"GET /api/v1/plugins/mail/oauth/{Login}/authorize"));
            Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await callback.Content.ReadAsStringAsync(), Does.Contain($"Mail login {Login} (helpdesk) is connected"));
            Assert.That(OAuth.IssuedRefreshTokens, Has.Count.EqualTo(1));
            Assert.That(after.GetProperty("state").GetString(), Is.EqualTo("Valid"));
            Assert.That(after.GetProperty("userName").GetString(), Is.EqualTo("helpdesk"));
            Assert.That(after.GetProperty("consentedBy").GetInt32(), Is.EqualTo(1), "the administrator who started it");
            Assert.That(after.GetProperty("validUntilEstimated").GetBoolean(), Is.True, "the provider did not say");
            Assert.That(after.GetProperty("daysLeft").GetInt32(), Is.InRange(89, 90), "Custom's 90 days from the last use");
            Assert.That(after.GetProperty("refreshTokenValidUntil").GetString(), Does.EndWith("Z"));
            Assert.That(after.GetProperty("warning").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(after.ToString(), Does.Not.Contain(OAuth.IssuedRefreshTokens[0]), "never the token itself");
        });
    }

    [Test]
    public async Task TheCallback_TakesAStateOnce_AndNoneItDidNotGive()
    {
        await using var server = await StartServerAsync(MailOAuth.Settings(OAuth, MailOAuth.Account));
        using var admin = await server.AgentAsync("admin");
        using var anonymous = server.Anonymous();
        var callback = await MailOAuth.CallbackAsync(admin, Login);
        var code = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), callback).Query)["code"];

        using var first = await anonymous.GetAsync(callback);
        using var again = await anonymous.GetAsync(callback);
        using var forged = await anonymous.GetAsync($"/api/v1/plugins/mail/oauth/callback?code={code}&state=forged");
        using var without = await anonymous.GetAsync($"/api/v1/plugins/mail/oauth/callback?code={code}");

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await ApiTestBase.ProblemAsync(again, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), Does.Contain("was used already"));
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(OAuth.IssuedRefreshTokens, Has.Count.EqualTo(1), "the code was redeemed once");
        });
    }

    [Test]
    public async Task AConsentThatTheProviderRefuses_StoresNothing_AndSaysWhy()
    {
        await using var server = await StartServerAsync(MailOAuth.Settings(OAuth, MailOAuth.Account));
        using var admin = await server.AgentAsync("admin");
        using var anonymous = server.Anonymous();
        using var start = await admin.GetAsync($"/api/v1/plugins/mail/oauth/{Login}/authorize");
        var sent = QueryHelpers.ParseQuery(start.Headers.Location!.Query);

        using var refused = await anonymous.GetAsync(
            $"/api/v1/plugins/mail/oauth/callback?state={Uri.EscapeDataString(sent["state"]!)}&error=access_denied&error_description=The+user+declined");
        var status = (await MailOAuth.StatusAsync(admin))[Login];

        Assert.Multiple(async () =>
        {
            Assert.That(start.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo(OAuth.AuthorizeUrl));
            Assert.That(sent["code_challenge_method"].ToString(), Is.EqualTo("S256"));
            Assert.That(sent["login_hint"].ToString(), Is.EqualTo("helpdesk"));
            Assert.That(sent["redirect_uri"].ToString(), Is.EqualTo("http://localhost/api/v1/plugins/mail/oauth/callback"));
            Assert.That((await ApiTestBase.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString(),
                Is.EqualTo($"The provider gave no consent for {Login}: access_denied (The user declined)."));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("NoTokens"));
        });
    }

    [Test]
    public async Task ARefreshTokenObtainedElsewhere_IsStored_OnceTheProviderTakesIt()
    {
        await using var server = await StartServerAsync(MailOAuth.Settings(OAuth, MailOAuth.Account));
        using var admin = await server.AgentAsync("admin");
        var given = OAuth.IssueRefreshToken("helpdesk");
        var url = $"/api/v1/plugins/mail/oauth/{Login}/refresh-token";

        using var set = await admin.PutAsJsonAsync(url, new { refreshToken = given }, ApiTestBase.Json);
        var stored = await set.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        // The provider rotated it when the service exchanged it: the same token again is refused, and changes nothing.
        using var again = await admin.PutAsJsonAsync(url, new { refreshToken = given }, ApiTestBase.Json);
        using var unknown = await admin.PutAsJsonAsync("/api/v1/plugins/mail/oauth/account:nobody/refresh-token", new { refreshToken = given }, ApiTestBase.Json);
        var status = (await MailOAuth.StatusAsync(admin))[Login];

        Assert.Multiple(async () =>
        {
            Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stored.GetProperty("state").GetString(), Is.EqualTo("Valid"));
            Assert.That(OAuth.Renewals, Is.EqualTo(1));
            Assert.That((await ApiTestBase.ProblemAsync(again, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString(), Does.Contain("invalid_grant"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("Valid"));
            Assert.That(status.GetProperty("lastError").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task ARefreshTokenThatExpiresWithinTheWarningDays_ShowsInTheStatus_WithAWarning()
    {
        OAuth.RefreshTokenSeconds = (long)TimeSpan.FromDays(5).TotalSeconds;
        await using var server = await StartServerAsync(MailOAuth.Settings(OAuth, MailOAuth.Account));
        using var admin = await server.AgentAsync("admin");

        using var callback = await MailOAuth.ConsentAsync(server, admin, Login);
        var status = (await MailOAuth.StatusAsync(admin))[Login];

        Assert.Multiple(() =>
        {
            Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(status.GetProperty("state").GetString(), Is.EqualTo("ExpiresSoon"));
            Assert.That(status.GetProperty("validUntilEstimated").GetBoolean(), Is.False, "the provider said: refresh_token_expires_in");
            Assert.That(status.GetProperty("daysLeft").GetInt32(), Is.EqualTo(4));
            Assert.That(status.GetProperty("warning").GetString(), Does.StartWith("The refresh token expires in 4 days, on ")
                .And.Contain($"an administrator gives consent again (GET /api/v1/plugins/mail/oauth/{Login}/authorize) before then."));
        });
    }

    [Test]
    public async Task OnlyAdministrators_SeeTheTokens_AndConnectLogins()
    {
        await using var server = await StartServerAsync(MailOAuth.Settings(OAuth, MailOAuth.Account));
        var (agent, _) = await server.NewAgentAsync("oauth.agent", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        using (agent)
        {
            using var status = await agent.GetAsync("/api/v1/plugins/mail/oauth");
            using var authorize = await agent.GetAsync($"/api/v1/plugins/mail/oauth/{Login}/authorize");
            using var set = await agent.PutAsJsonAsync($"/api/v1/plugins/mail/oauth/{Login}/refresh-token", new { refreshToken = "x" }, ApiTestBase.Json);

            Assert.Multiple(() =>
            {
                Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That(authorize.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            });
        }
    }
}
