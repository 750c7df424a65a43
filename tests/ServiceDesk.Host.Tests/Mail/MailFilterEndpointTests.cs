using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Administrators keep the postmaster filters through the API, which saves only filters that will run as written and
/// tries them on a message without importing it; on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailFilterEndpointTests(string provider)
{
    private const string Filters = "/api/v1/plugins/mail/filters";

    private BundledPluginHost _host = null!;

    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await BundledPluginHost.StartAsync(provider);
        _admin = _host.Admin;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TearDown]
    public async Task DeleteFiltersAsync()
    {
        foreach (var filter in await ApiTestBase.GetAsync<List<JsonElement>>(_admin, Filters))
        {
            await ApiTestBase.ExpectAsync(await _admin.DeleteAsync($"{Filters}/{filter.GetProperty("id").GetInt64()}"), HttpStatusCode.NoContent);
        }
    }

    [Test]
    public async Task AFilter_IsCreatedReadReplacedAndDeleted_AndTheListIsInRunOrder()
    {
        var created = await _admin.PostAsJsonAsync(Filters, Filter("Spam", "X-Spam-Flag", "^yes$", new { junk = true }), ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(created, HttpStatusCode.Created);
        var spam = await created.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        var url = created.Headers.Location!.ToString();
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Filters, Filter("Alpha", "Subject", "x", new { tags = new[] { "x" } }, position: 5), ApiTestBase.Json), HttpStatusCode.Created);

        var listed = await ApiTestBase.GetAsync<List<JsonElement>>(_admin, Filters);
        var replaced = await _admin.PutAsJsonAsync(url, new
        {
            name = "Spam (flagged)",
            enabled = false,
            conditions = new[] { new { field = "X-Spam-Flag", pattern = "^yes", negate = false } },
            actions = new { queue = "Junk", priority = 1, tags = new[] { " spam ", "spam" }, owner = "ADMIN" },
        }, ApiTestBase.Json);
        var read = await ApiTestBase.GetAsync<JsonElement>(_admin, url);
        var deleted = await _admin.DeleteAsync(url);
        var gone = await _admin.GetAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(url, Is.EqualTo($"{Filters}/{spam.GetProperty("id").GetInt64()}"));
            Assert.That(spam.GetProperty("position").GetInt32(), Is.EqualTo(10), "a new filter goes last");
            Assert.That(spam.GetProperty("enabled").GetBoolean(), Is.True);
            Assert.That(listed.Select(f => f.GetProperty("name").GetString()), Is.EqualTo(new[] { "Alpha", "Spam" }));
            Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("Spam (flagged)"));
            Assert.That(read.GetProperty("enabled").GetBoolean(), Is.False);
            Assert.That(read.GetProperty("position").GetInt32(), Is.EqualTo(10), "a replaced filter keeps its place");
            Assert.That(read.GetProperty("actions").GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "spam" }));
            Assert.That(read.GetProperty("actions").GetProperty("owner").GetString(), Is.EqualTo("admin"), "the login as the agent has it");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task APatternThatDoesNotCompile_IsRefused_WithTheReason()
    {
        var response = await _admin.PostAsJsonAsync(Filters, Filter("Broken", "Subject", "([a-z]+", new { junk = true }), ApiTestBase.Json);

        var problem = await ApiTestBase.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").GetProperty("conditions[0].pattern").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(errors.Single(), Does.StartWith("The pattern does not compile: ").And.Contain("Not enough )"));
            Assert.That(await ApiTestBase.GetAsync<List<JsonElement>>(_admin, Filters), Is.Empty, "nothing saved");
        });
    }

    [Test]
    public async Task AnUnknownQueueOrOwner_IsRefused_AndSoIsANameTaken()
    {
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Filters, Filter("Spam", "X-Spam-Flag", "yes", new { junk = true }), ApiTestBase.Json), HttpStatusCode.Created);

        var queue = await _admin.PostAsJsonAsync(Filters, Filter("Q", "Subject", "x", new { queue = "Nowhere" }), ApiTestBase.Json);
        var owner = await _admin.PostAsJsonAsync(Filters, Filter("O", "Subject", "x", new { owner = "nobody" }), ApiTestBase.Json);
        var taken = await _admin.PostAsJsonAsync(Filters, Filter("SPAM", "Subject", "x", new { junk = true }), ApiTestBase.Json);
        var nothing = await _admin.PostAsJsonAsync(Filters, new { name = "Empty" }, ApiTestBase.Json);

        Assert.Multiple(async () =>
        {
            Assert.That((await ApiTestBase.ProblemAsync(queue, (HttpStatusCode)422)).GetProperty("errors").GetProperty("actions.queue")[0].GetString(),
                Is.EqualTo("There is no active queue 'Nowhere'."));
            Assert.That((await ApiTestBase.ProblemAsync(owner, (HttpStatusCode)422)).GetProperty("errors").GetProperty("actions.owner")[0].GetString(),
                Is.EqualTo("There is no active agent with the login 'nobody'."));
            Assert.That((await ApiTestBase.ProblemAsync(taken, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), Is.EqualTo("There is a filter named 'SPAM' already."));
            Assert.That((await ApiTestBase.ProblemAsync(nothing, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name),
                Is.EquivalentTo(new[] { "conditions", "actions" }));
        });
    }

    [Test]
    public async Task OnlyAdministrators_SeeOrChangeFilters()
    {
        var (agent, _) = await _host.Server.NewAgentAsync("filters.agent", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        using (agent)
        {
            Assert.Multiple(async () =>
            {
                Assert.That((await agent.GetAsync(Filters)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.PostAsJsonAsync(Filters, Filter("Spam", "X-Spam-Flag", "yes", new { junk = true }), ApiTestBase.Json)).StatusCode,
                    Is.EqualTo(HttpStatusCode.Forbidden));
            });
        }
    }

    [Test]
    public async Task TheTest_SaysWhichFiltersMatch_AndWhatTheyWouldDo_WithoutImporting()
    {
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Filters, Filter("Spam", "X-Spam-Flag", "^yes$", new { junk = true, priority = 1 }), ApiTestBase.Json), HttpStatusCode.Created);
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Filters, Filter("Hardware", "Body", "toner", new { tags = new[] { "hardware" }, owner = "admin" }), ApiTestBase.Json), HttpStatusCode.Created);
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Filters, Filter("Newsletters", "From", "^news@", new { ignore = true }), ApiTestBase.Json), HttpStatusCode.Created);
        const string spam = "From: deals@pills.example\r\nSubject: Toner\r\nX-Spam-Flag: YES\r\n\r\nCheap toner.\r\n";

        var asJson = await _admin.PostAsJsonAsync($"{Filters}/test", new { raw = spam }, ApiTestBase.Json);
        var eml = new ByteArrayContent(Encoding.ASCII.GetBytes("From: news@vendor.example\r\nSubject: Offers\r\n\r\nRead on.\r\n"));
        eml.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var asEml = await _admin.PostAsync($"{Filters}/test", eml);
        var empty = await _admin.PostAsJsonAsync($"{Filters}/test", new { raw = "" }, ApiTestBase.Json);

        var junk = await asJson.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        var ignored = await asEml.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        Assert.Multiple(async () =>
        {
            Assert.That(junk.GetProperty("matched").EnumerateArray().Select(m => m.GetProperty("name").GetString()), Is.EqualTo(new[] { "Spam", "Hardware" }));
            Assert.That(junk.GetProperty("queue").GetString(), Is.EqualTo("Junk"));
            Assert.That(junk.GetProperty("junk").GetBoolean(), Is.True);
            Assert.That(junk.GetProperty("priority").GetInt32(), Is.EqualTo(1));
            Assert.That(junk.GetProperty("owner").GetString(), Is.EqualTo("admin"));
            Assert.That(junk.GetProperty("outcome").GetString(), Is.EqualTo(
                "A new ticket would open in queue Junk (junk), priority 1, tags hardware, owner admin; a follow-up would go to its ticket as it is."));
            Assert.That(ignored.GetProperty("ignoredBy").GetString(), Is.EqualTo("Newsletters"));
            Assert.That(ignored.GetProperty("outcome").GetString(), Does.StartWith("Ignored by filter Newsletters"));
            Assert.That((await ApiTestBase.ProblemAsync(empty, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("raw")[0].GetString(),
                Does.StartWith("Send the message to try"));
            Assert.That(await ApiTestBase.GetAsync<List<JsonElement>>(_admin, "/api/v1/plugins/mail/quarantine"), Is.Empty, "nothing imported");
        });
    }

    [Test]
    public async Task APatternThatBacktracksWithoutEnd_TimesOut_AndCountsAsNoMatch()
    {
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Filters, Filter("Catastrophic", "Subject", "^(a+)+$", new { junk = true }), ApiTestBase.Json), HttpStatusCode.Created);
        var started = DateTime.UtcNow;

        var response = await _admin.PostAsJsonAsync($"{Filters}/test", new { raw = $"From: ivan@corp.example\r\nSubject: {new string('a', 40)}!\r\n\r\nHello.\r\n" }, ApiTestBase.Json);

        await ApiTestBase.ExpectAsync(response, HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("matched").GetArrayLength(), Is.Zero);
            Assert.That(result.GetProperty("timedOut")[0].GetProperty("filter").GetString(), Is.EqualTo("Catastrophic"));
            Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    private static object Filter(string name, string field, string pattern, object actions, int? position = null) =>
        new { name, position, conditions = new[] { new { field, pattern } }, actions };
}
