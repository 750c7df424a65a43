using System.Net;
using System.Text.Json;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>What the email plugin's OAuth2 tests share: a login's settings for <see cref="OAuthTestServer"/>, and an administrator's consent.</summary>
public static class MailOAuth
{
    public const string Account = "ServiceDesk:Plugins:mail:Accounts:0";

    public const string Smtp = "ServiceDesk:Plugins:mail:Smtp";

    /// <summary>
    /// The settings that make the login in <paramref name="section"/> (<see cref="Account"/>, <see cref="Smtp"/>) use the
    /// test provider; its password becomes wrong, so that only the token can log in.
    /// </summary>
    public static Dictionary<string, string?> Settings(OAuthTestServer provider, string section) => new()
    {
        [$"{section}:Authentication"] = "OAuth2",
        [$"{section}:Password"] = "not the password",
        [$"{section}:OAuth2:Provider"] = "Custom",
        [$"{section}:OAuth2:AuthorizeUrl"] = provider.AuthorizeUrl,
        [$"{section}:OAuth2:TokenUrl"] = provider.TokenUrl,
        [$"{section}:OAuth2:ClientId"] = OAuthTestServer.ClientId,
        [$"{section}:OAuth2:ClientSecret"] = OAuthTestServer.ClientSecret,
        [$"{section}:OAuth2:Scopes:0"] = OAuthTestServer.Scope,
    };

    /// <summary>
    /// An administrator consents for <paramref name="login"/>, and their browser calls the callback, without the API's
    /// token, where the provider sends it. Returns the callback's answer.
    /// </summary>
    public static async Task<HttpResponseMessage> ConsentAsync(ServiceDeskServer server, HttpClient admin, string login)
    {
        using var anonymous = server.Anonymous();
        return await anonymous.GetAsync(await CallbackAsync(admin, login));
    }

    /// <summary>
    /// An administrator starts consent for <paramref name="login"/>: the service sends their browser to the provider, which
    /// consents and sends it back. Returns where it sends it: the callback's path, with the code and the state.
    /// </summary>
    public static async Task<string> CallbackAsync(HttpClient admin, string login)
    {
        using var start = await admin.GetAsync($"/api/v1/plugins/mail/oauth/{login}/authorize");
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await start.Content.ReadAsStringAsync());
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await browser.GetAsync(start.Headers.Location);
        Assert.That(consent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await consent.Content.ReadAsStringAsync());
        return consent.Headers.Location!.PathAndQuery;
    }

    /// <summary>How the OAuth2 logins' tokens stand, by login.</summary>
    public static async Task<Dictionary<string, JsonElement>> StatusAsync(HttpClient admin) =>
        (await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/plugins/mail/oauth")).ToDictionary(s => s.GetProperty("login").GetString()!);
}
