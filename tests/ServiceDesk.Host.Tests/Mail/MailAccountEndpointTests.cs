using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Administrators keep mail accounts through the API, checked as the configuration's are; passwords are written, never
/// read back, and not kept in the clear; accounts of the configuration are shown and left alone; on SQLite and
/// PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailAccountEndpointTests(string provider)
{
    private const string Accounts = "/api/v1/plugins/mail/accounts";

    private const string ConfiguredPassword = "configured-Secret-1";

    private const string StoredPassword = "stored-Secret-2";

    private BundledPluginHost _host = null!;

    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // Disabled, so that the poll job does not try to read it: these tests need no mail server.
        _host = await BundledPluginHost.StartAsync(provider, new Dictionary<string, string?>
        {
            ["ServiceDesk:Plugins:mail:Accounts:0:Id"] = "configured",
            ["ServiceDesk:Plugins:mail:Accounts:0:Enabled"] = "false",
            ["ServiceDesk:Plugins:mail:Accounts:0:Host"] = "imap.corp.example",
            ["ServiceDesk:Plugins:mail:Accounts:0:UserName"] = "helpdesk",
            ["ServiceDesk:Plugins:mail:Accounts:0:Password"] = ConfiguredPassword,
            ["ServiceDesk:Plugins:mail:Accounts:0:Queue"] = "Misc",
        });
        _admin = _host.Admin;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TearDown]
    public async Task DeleteStoredAccountsAsync()
    {
        foreach (var account in (await ListAsync()).Where(a => a.GetProperty("source").GetString() == "database"))
        {
            await ApiTestBase.ExpectAsync(await _admin.DeleteAsync($"{Accounts}/{account.GetProperty("id").GetString()}"), HttpStatusCode.NoContent);
        }
    }

    [Test]
    public async Task AnAccount_IsCreatedReadReplacedAndDeleted_AndItsPasswordIsNeverShown()
    {
        var created = await _admin.PostAsJsonAsync(Accounts, Account("support"), ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(created, HttpStatusCode.Created);
        var createdText = await created.Content.ReadAsStringAsync();
        var url = created.Headers.Location!.ToString();
        var read = await ApiTestBase.GetAsync<JsonObject>(_admin, url);
        var listText = await _admin.GetStringAsync(Accounts);

        // Sent back as read, with a change and without the password: the password stays.
        read["host"] = "imap2.corp.example";
        var replaced = await _admin.PutAsJsonAsync(url, read, ApiTestBase.Json);
        var afterReplace = await ApiTestBase.GetAsync<JsonElement>(_admin, url);
        var stored = await StoredAccountsAsync();
        var withoutPassword = await _admin.PutAsJsonAsync(url, Account("support", password: ""), ApiTestBase.Json);
        var passwordRemoved = await withoutPassword.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        var deleted = await _admin.DeleteAsync(url);
        var gone = await _admin.GetAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(url, Is.EqualTo($"{Accounts}/support"));
            Assert.That(read["source"]!.GetValue<string>(), Is.EqualTo("database"));
            Assert.That(read["passwordSet"]!.GetValue<bool>(), Is.True);
            Assert.That(read.ContainsKey("password"), Is.False);
            Assert.That(read["security"]!.GetValue<string>(), Is.EqualTo("Tls"), "the default");
            Assert.That(read["enabled"]!.GetValue<bool>(), Is.True);
            Assert.That(read["address"]!.GetValue<string>(), Is.EqualTo("Support <support@corp.example>"));
            Assert.That(read["notRead"], Is.Null);
            Assert.That(read["status"]!["imported"]!.GetValue<long>(), Is.Zero);
            Assert.That(createdText + listText, Does.Not.Contain(StoredPassword).And.Not.Contain(ConfiguredPassword));
            Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterReplace.GetProperty("host").GetString(), Is.EqualTo("imap2.corp.example"));
            Assert.That(afterReplace.GetProperty("passwordSet").GetBoolean(), Is.True, "a password left out is kept");
            Assert.That(stored, Is.Not.Empty.And.All.Not.Contain(StoredPassword), "not in the clear in the database");
            Assert.That(stored.Single(), Does.Contain("imap2.corp.example"), "the other settings are");
            Assert.That(withoutPassword.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(passwordRemoved.GetProperty("passwordSet").GetBoolean(), Is.False, "an empty password removes it");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task AnOAuth2Account_ShowsItsTokenUrlAndRefreshTokenLifetime_ButNeverItsClientSecret()
    {
        const string clientSecret = "client-Secret-3";
        var created = await _admin.PostAsJsonAsync(Accounts, Account("oauth", password: "", enabled: false, with: a =>
        {
            a["authentication"] = "OAuth2";
            a["oauth2"] = new Dictionary<string, object?>
            {
                ["provider"] = "Custom",
                ["authorizeUrl"] = "https://login.corp.example/authorize",
                ["tokenUrl"] = "https://login.corp.example/token",
                ["clientId"] = "servicedesk",
                ["clientSecret"] = clientSecret,
                ["scopes"] = new[] { "mail" },
                ["refreshTokenLifetimeDays"] = 30,
            };
        }), ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(created, HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();
        var readText = await _admin.GetStringAsync(url);
        var read = JsonNode.Parse(readText)!.AsObject();

        // Sent back as read, with another token endpoint and without the client secret: the secret stays.
        read["oauth2"]!["tokenUrl"] = "https://login.corp.example/token2";
        await ApiTestBase.ExpectAsync(await _admin.PutAsJsonAsync(url, read, ApiTestBase.Json), HttpStatusCode.OK);
        var replaced = (await ApiTestBase.GetAsync<JsonObject>(_admin, url))["oauth2"]!.AsObject();
        var stored = await StoredAccountsAsync();
        var incomplete = await _admin.PostAsJsonAsync(Accounts, Account("nosecret", with: a =>
        {
            a["authentication"] = "OAuth2";
            a["oauth2"] = new Dictionary<string, object?> { ["provider"] = "Custom", ["tokenUrl"] = "https://login.corp.example/token", ["scopes"] = new[] { "mail" } };
        }), ApiTestBase.Json);

        Assert.Multiple(() =>
        {
            var oauth2 = JsonNode.Parse(readText)!["oauth2"]!.AsObject();
            Assert.That(oauth2["tokenUrl"]!.GetValue<string>(), Is.EqualTo("https://login.corp.example/token"));
            Assert.That(oauth2["refreshTokenLifetimeDays"]!.GetValue<int>(), Is.EqualTo(30));
            Assert.That(oauth2.ContainsKey("clientSecret"), Is.False);
            Assert.That(oauth2["clientSecretSet"]!.GetValue<bool>(), Is.True);
            Assert.That(oauth2.Select(p => p.Key), Has.None.EqualTo("tokenUrlSet").And.None.EqualTo("refreshTokenLifetimeDaysSet"));
            Assert.That(readText, Does.Not.Contain(clientSecret));
            Assert.That(replaced["tokenUrl"]!.GetValue<string>(), Is.EqualTo("https://login.corp.example/token2"), "the token endpoint is a setting like any other");
            Assert.That(replaced["refreshTokenLifetimeDays"]!.GetValue<int>(), Is.EqualTo(30));
            Assert.That(replaced["clientSecretSet"]!.GetValue<bool>(), Is.True, "a client secret left out is kept");
            Assert.That(stored.Single(), Does.Not.Contain(clientSecret).And.Contain("https://login.corp.example/token2"), "the secret is protected, the rest is not");
        });
        Assert.That(Fields(await ApiTestBase.ProblemAsync(incomplete, HttpStatusCode.BadRequest)).Keys, Is.EquivalentTo(new[] { "oauth2.clientId", "oauth2.authorizeUrl" }));
    }

    [Test]
    public async Task TheList_ShowsTheConfigurationsAccounts_AsSuch_WithoutTheirPasswords()
    {
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Accounts, Account("support", enabled: false), ApiTestBase.Json), HttpStatusCode.Created);

        var accounts = await ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(accounts.Select(a => (a.GetProperty("id").GetString(), a.GetProperty("source").GetString())),
                Is.EqualTo(new[] { ("configured", "configuration"), ("support", "database") }));
            Assert.That(accounts[0].GetProperty("passwordSet").GetBoolean(), Is.True);
            Assert.That(accounts.Select(a => a.GetProperty("notRead").GetString()), Is.EqualTo(new[] { "Disabled.", "Disabled." }));
        });
    }

    [Test]
    public async Task BadInput_IsRefused_NamingTheField_AndNothingIsSaved()
    {
        var empty = await _admin.PostAsJsonAsync(Accounts, new { }, ApiTestBase.Json);
        var noBody = await _admin.PostAsync(Accounts, null);
        var wrongTypes = await _admin.PostAsJsonAsync(Accounts, Account("support", with: a =>
        {
            a["port"] = "imap";
            a["security"] = "Ssl";
            a["hots"] = "typo.corp.example";
        }), ApiTestBase.Json);
        var wrongValues = await _admin.PostAsJsonAsync(Accounts, Account("Support!", with: a =>
        {
            a["port"] = 0;
            a["security"] = "None";
            a["afterImport"] = "Move";
        }), ApiTestBase.Json);
        var noQueue = await _admin.PostAsJsonAsync(Accounts, Account("support", with: a => a["queue"] = "Nowhere"), ApiTestBase.Json);

        Assert.Multiple(async () =>
        {
            Assert.That(Fields(await ApiTestBase.ProblemAsync(empty, HttpStatusCode.BadRequest)).Keys, Is.SupersetOf(new[] { "id", "host", "userName", "queue" }));
            Assert.That((await ApiTestBase.ProblemAsync(noBody, HttpStatusCode.BadRequest)).ToString(), Does.Contain("account"));
            var types = Fields(await ApiTestBase.ProblemAsync(wrongTypes, HttpStatusCode.BadRequest));
            Assert.That(types.Keys, Is.EquivalentTo(new[] { "port", "security", "hots" }));
            Assert.That(types["port"], Is.EqualTo("Expected a whole number."));
            Assert.That(types["security"], Is.EqualTo("Expected one of Tls, StartTls, None."));
            Assert.That(types["hots"], Does.StartWith("There is no setting 'hots'. The settings are: ").And.Contain(" host, port, "));
            Assert.That(Fields(await ApiTestBase.ProblemAsync(wrongValues, HttpStatusCode.BadRequest)).Keys, Is.EquivalentTo(new[] { "id", "port", "security", "moveTo" }));
            Assert.That(Fields(await ApiTestBase.ProblemAsync(noQueue, (HttpStatusCode)422))["queue"], Is.EqualTo("There is no active queue 'Nowhere'."));
            Assert.That((await ListAsync()).Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { "configured" }), "nothing saved");
        });
    }

    [Test]
    public async Task TheConfigurationsAccounts_AreNotChangedThroughTheApi_AndIdsAreUniqueAcrossBoth()
    {
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Accounts, Account("support"), ApiTestBase.Json), HttpStatusCode.Created);

        var replaceConfigured = await _admin.PutAsJsonAsync($"{Accounts}/configured", Account("configured"), ApiTestBase.Json);
        var deleteConfigured = await _admin.DeleteAsync($"{Accounts}/configured");
        var createConfigured = await _admin.PostAsJsonAsync(Accounts, Account("configured"), ApiTestBase.Json);
        var createTwice = await _admin.PostAsJsonAsync(Accounts, Account("support"), ApiTestBase.Json);
        var rename = await _admin.PutAsJsonAsync($"{Accounts}/support", Account("helpdesk"), ApiTestBase.Json);
        var missing = await _admin.PutAsJsonAsync($"{Accounts}/nosuch", Account("nosuch"), ApiTestBase.Json);

        Assert.Multiple(async () =>
        {
            Assert.That(Detail(await ApiTestBase.ProblemAsync(replaceConfigured, HttpStatusCode.Conflict)), Does.StartWith("Mail account 'configured' comes from the configuration"));
            Assert.That(Detail(await ApiTestBase.ProblemAsync(deleteConfigured, HttpStatusCode.Conflict)), Does.StartWith("Mail account 'configured' comes from the configuration"));
            Assert.That(Detail(await ApiTestBase.ProblemAsync(createConfigured, HttpStatusCode.Conflict)), Does.StartWith("The configuration has a mail account 'configured'"));
            Assert.That(Detail(await ApiTestBase.ProblemAsync(createTwice, HttpStatusCode.Conflict)), Is.EqualTo("There is a mail account 'support' already."));
            Assert.That(Fields(await ApiTestBase.ProblemAsync(rename, HttpStatusCode.BadRequest))["id"], Does.StartWith("The id of account 'support' cannot change"));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ListAsync()).Single(a => a.GetProperty("id").GetString() == "configured").GetProperty("host").GetString(), Is.EqualTo("imap.corp.example"));
        });
    }

    [Test]
    public async Task OnlyAdministrators_SeeChangeOrTryAccounts()
    {
        var (agent, _) = await _host.Server.NewAgentAsync("accounts.agent", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        using (agent)
        {
            Assert.Multiple(async () =>
            {
                Assert.That((await agent.GetAsync(Accounts)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.GetAsync($"{Accounts}/configured")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.PostAsJsonAsync(Accounts, Account("support"), ApiTestBase.Json)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.PostAsync($"{Accounts}/configured/test", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.DeleteAsync($"{Accounts}/configured")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            });
        }

        Assert.That((await ListAsync()).Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { "configured" }));
    }

    private static Dictionary<string, object?> Account(string id, string password = StoredPassword, bool enabled = true, Action<Dictionary<string, object?>>? with = null)
    {
        var account = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["enabled"] = enabled,
            ["host"] = "imap.corp.example",
            ["userName"] = id + "@corp.example",
            ["password"] = password,
            ["queue"] = "Misc",
            ["address"] = "Support <support@corp.example>",
        };
        with?.Invoke(account);
        return account;
    }

    private async Task<List<JsonElement>> ListAsync() => await ApiTestBase.GetAsync<List<JsonElement>>(_admin, Accounts);

    // Each field's first message.
    private static Dictionary<string, string> Fields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    // The stored accounts' rows as the database has them, settings and secrets.
    private async Task<List<string>> StoredAccountsAsync()
    {
        await using var scope = _host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        return await db.Database.SqlQueryRaw<string>("SELECT \"Settings\" || ' ' || \"Secrets\" AS \"Value\" FROM \"Mail_Accounts\"").ToListAsync();
    }
}
