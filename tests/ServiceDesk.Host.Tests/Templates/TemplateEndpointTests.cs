using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Templates;

/// <summary>
/// Administrators keep reply templates with every version; agents render one for a ticket, in the customer's language,
/// between the queue's salutation and signature, and answer with it; on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class TemplateEndpointTests(string provider)
{
    private const string Templates = "/api/v1/plugins/templates/templates";

    private BundledPluginHost _host = null!;

    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await BundledPluginHost.StartAsync(provider, plugins: ["templates"]);
        _admin = _host.Admin;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TearDown]
    public async Task DeleteTemplatesAsync()
    {
        await ApiTestBase.ExpectAsync(await _admin.PatchAsJsonAsync("/api/v1/queues/" + await MiscQueueIdAsync(), new { salutationId = (int?)null, signatureId = (int?)null }, ApiTestBase.Json), HttpStatusCode.OK);
        foreach (var template in await ApiTestBase.GetAsync<List<JsonElement>>(_admin, Templates))
        {
            await ApiTestBase.ExpectAsync(await _admin.DeleteAsync($"{Templates}/{template.GetProperty("id").GetInt64()}"), HttpStatusCode.NoContent);
        }
    }

    [Test]
    public async Task ATemplate_KeepsEveryVersion_AndAnEarlierOneCanBeRestored()
    {
        var created = await _admin.PostAsJsonAsync(Templates, Reply("Password reset", "Your password was reset."), ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(created, HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();

        var stale = await PutAsync(url, Reply("Password reset", "Outdated change."), "\"0\"");
        var changed = await PutAsync(url, Reply("Password reset", "Your password was reset; please change it at first login."), "\"1\"");
        var restored = await _admin.PostAsync($"{url}/versions/1/restore", null);
        var current = await ApiTestBase.GetAsync<JsonElement>(_admin, url);
        var versions = await ApiTestBase.GetAsync<List<JsonElement>>(_admin, $"{url}/versions");

        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "a change made on an old version");
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(current.GetProperty("version").GetInt32(), Is.EqualTo(3));
            Assert.That(Body(current, 0), Is.EqualTo("Your password was reset."), "version 1's text is current again");
            Assert.That(current.GetProperty("changedBy").GetString(), Is.EqualTo("Admin"));
            Assert.That(current.GetProperty("changedAt").GetString(), Does.EndWith("Z"), "times read back are UTC, on SQLite too");
            Assert.That(versions[0].GetProperty("changedAt").GetString(), Does.EndWith("Z"));
            Assert.That(versions.Select(v => v.GetProperty("change").GetString()), Is.EqualTo(new[] { "restored", "updated", "created" }));
            Assert.That(versions[0].GetProperty("restoredFrom").GetInt32(), Is.EqualTo(1));
            Assert.That(versions[1].GetProperty("definition").GetProperty("variants")[0].GetProperty("body").GetString(), Does.Contain("first login"));
        });
    }

    [Test]
    public async Task ATemplateWithAMistake_IsRefusedWithItsLineAndColumn()
    {
        var response = await _admin.PostAsJsonAsync(Templates, Reply("Broken", "Hello,\n{{ if customer.first_name }}Dear"), ApiTestBase.Json);
        var problem = await ApiTestBase.ProblemAsync(response, HttpStatusCode.BadRequest);
        var list = await ApiTestBase.GetAsync<List<JsonElement>>(_admin, Templates);

        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("errors").GetProperty("variants[0].body")[0].GetString(), Does.StartWith("line 2, column "));
            Assert.That(list, Is.Empty, "nothing is saved");
        });
    }

    [Test]
    public async Task ANameThatIsTaken_AndAnUnknownQueue_AreRefused()
    {
        await ApiTestBase.ExpectAsync(await _admin.PostAsJsonAsync(Templates, Reply("Greeting", "Hi"), ApiTestBase.Json), HttpStatusCode.Created);

        var taken = await _admin.PostAsJsonAsync(Templates, Reply("Greeting", "Hello"), ApiTestBase.Json);
        var unknownQueue = await _admin.PostAsJsonAsync(Templates, Reply("Other", "Hello", queueIds: [987654]), ApiTestBase.Json);

        Assert.Multiple(() =>
        {
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(unknownQueue.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        });
    }

    [Test]
    public async Task APreview_RendersTheCustomersNameAsStored_OrANeutralSalutation_WithTheShippedOnesWhereTheQueueHasNone()
    {
        var named = await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket("VPN не подключается", "ivan.petrov@example.com"));
        var nameless = await ApiTestBase.CreateTicketAsync(_admin, new { title = "Printer", queue = "Misc", customer = new { email = "j.doe@example.com" }, body = "It jams." });
        var template = Reply("Greeting", "{{ if customer.first_name != '' }}{{ customer.first_name }}, about{{ else }}About{{ end }} {{ ticket.number }}.", ru: "{{ if customer.first_name != '' }}{{ customer.first_name }}, заявка{{ else }}Заявка{{ end }} {{ ticket.number }}.");

        var ru = await PreviewAsync(template, named.Summary.Number, "ru");
        var en = await PreviewAsync(template, named.Summary.Number, "en");
        var neutral = await PreviewAsync(template, nameless.Summary.Number, null);

        Assert.Multiple(() =>
        {
            Assert.That(ru.GetProperty("body").GetString(), Is.EqualTo($"Здравствуйте, Иван Петров!\n\nИван, заявка {named.Summary.Number}.\n\nС уважением,\nAdmin\nMisc"));
            Assert.That(en.GetProperty("body").GetString(), Is.EqualTo($"Dear Иван Петров,\n\nИван, about {named.Summary.Number}.\n\nKind regards,\nAdmin\nMisc"));
            Assert.That(neutral.GetProperty("body").GetString(), Is.EqualTo($"Hello,\n\nAbout {nameless.Summary.Number}.\n\nKind regards,\nAdmin\nMisc"), "never 'Dear j.doe' nor 'Dear ,'");
            Assert.That(neutral.GetProperty("language").GetString(), Is.EqualTo("en"));
        });
    }

    [Test]
    public async Task AnAgentsOwnSignature_SignsTheirAnswers()
    {
        var reply = await CreateAsync(Reply("Thanks", "Thank you for the details."));
        var ticket = await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket("Keyboard"));
        var saved = await _admin.PutAsJsonAsync("/api/v1/plugins/templates/me", new { signature = "Алексей Смирнов\nВторая линия поддержки, доб. 2201", myQueueIds = new[] { await MiscQueueIdAsync() } }, ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(saved, HttpStatusCode.OK);
        var tooLong = await _admin.PutAsJsonAsync("/api/v1/plugins/templates/me", new { signature = new string('x', 4_001) }, ApiTestBase.Json);
        var unknownQueue = await _admin.PutAsJsonAsync("/api/v1/plugins/templates/me", new { myQueueIds = new[] { 999_999 } }, ApiTestBase.Json);
        var profile = await ApiTestBase.GetAsync<JsonElement>(_admin, "/api/v1/plugins/templates/me");

        var rendered = await _admin.PostAsJsonAsync($"/api/v1/plugins/templates/tickets/{ticket.Summary.Number}/render", new { templateId = reply }, ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(rendered, HttpStatusCode.OK);
        var body = (await rendered.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json)).GetProperty("body").GetString();
        await ApiTestBase.ExpectAsync(await _admin.PutAsJsonAsync("/api/v1/plugins/templates/me", new { signature = "" }, ApiTestBase.Json), HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(body, Does.EndWith("Thank you for the details.\n\nАлексей Смирнов\nВторая линия поддержки, доб. 2201"));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownQueue.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(profile.GetProperty("signature").GetString(), Does.StartWith("Алексей Смирнов"), "a refused change keeps the profile as it was");
            Assert.That(profile.GetProperty("myQueueIds").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AnAgentsAnswerFromATemplate_HasTheQueuesSalutationAndSignature_AndCountsAsAUse()
    {
        var salutation = await CreateAsync(Template("Misc salutation", "Salutation", "Dear {{ customer.full_name }},"));
        var signature = await CreateAsync(Template("Misc signature", "Signature", "-- \n{{ agent.full_name }}, IT service desk"));
        var reply = await CreateAsync(Reply("Restart", "Please restart the computer; ticket {{ ticket.number }} stays open until you answer."));
        var queue = await MiscQueueIdAsync();
        await ApiTestBase.ExpectAsync(await _admin.PatchAsJsonAsync($"/api/v1/queues/{queue}", new { salutationId = salutation, signatureId = signature }, ApiTestBase.Json), HttpStatusCode.OK);
        var ticket = await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket("Slow computer"));
        var number = ticket.Summary.Number;

        var offered = await ApiTestBase.GetAsync<List<JsonElement>>(_admin, $"/api/v1/plugins/templates/tickets/{number}/templates");
        var rendered = await _admin.PostAsJsonAsync($"/api/v1/plugins/templates/tickets/{number}/render", new { templateId = reply }, ApiTestBase.Json);
        var renderedBody = (await rendered.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json)).GetProperty("body").GetString();
        var sent = await _admin.PostAsJsonAsync($"/api/v1/plugins/templates/tickets/{number}/reply", new { templateId = reply, body = renderedBody + "\nP.S. Edited." }, ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(sent, HttpStatusCode.Created);
        var articles = await ApiTestBase.GetAsync<List<JsonElement>>(_admin, $"/api/v1/tickets/{number}/articles");
        var used = await ApiTestBase.GetAsync<JsonElement>(_admin, $"{Templates}/{reply}");

        Assert.Multiple(() =>
        {
            Assert.That(offered.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "Restart" }), "only reply templates are offered");
            Assert.That(renderedBody, Is.EqualTo($"Dear Иван Петров,\n\nPlease restart the computer; ticket {number} stays open until you answer.\n\n-- \nAdmin, IT service desk"));
            Assert.That(articles[^1].GetProperty("bodyText").GetString(), Does.EndWith("P.S. Edited."), "the agent's edit is what is sent");
            Assert.That(articles[^1].GetProperty("direction").GetString(), Is.EqualTo("Outgoing"));
            Assert.That(articles[^1].GetProperty("channel").GetString(), Is.EqualTo("email"));
            Assert.That(used.GetProperty("usageCount").GetInt64(), Is.EqualTo(1));
            Assert.That(used.GetProperty("version").GetInt32(), Is.EqualTo(1), "a use is not a new version");
        });
    }

    [Test]
    public async Task Customers_AndAgentsWhoAreNotAdministrators_CannotKeepTemplates()
    {
        var (agent, _) = await _host.Server.NewAgentAsync($"agent{Guid.NewGuid():N}"[..20], new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        var ticket = await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket("Mouse", "maria@example.com"));
        var customer = await _host.Server.CustomerAsync("maria@example.com");

        var agentCreates = await agent.PostAsJsonAsync(Templates, Reply("X", "x"), ApiTestBase.Json);
        var customerRenders = await customer.GetAsync($"/api/v1/plugins/templates/tickets/{ticket.Summary.Number}/templates");

        Assert.Multiple(() =>
        {
            Assert.That(agentCreates.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(customerRenders.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    private async Task<long> CreateAsync(object template)
    {
        var response = await _admin.PostAsJsonAsync(Templates, template, ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json)).GetProperty("id").GetInt64();
    }

    private async Task<JsonElement> PreviewAsync(object template, string ticket, string? language)
    {
        var response = await _admin.PostAsJsonAsync($"{Templates}/preview", new { template, ticket, language }, ApiTestBase.Json);
        await ApiTestBase.ExpectAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
    }

    private async Task<HttpResponseMessage> PutAsync(string url, object template, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(template, options: ApiTestBase.Json) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await _admin.SendAsync(request);
    }

    private async Task<int> MiscQueueIdAsync() =>
        (await ApiTestBase.GetAsync<List<JsonElement>>(_admin, "/api/v1/queues")).Single(q => q.GetProperty("name").GetString() == "Misc").GetProperty("id").GetInt32();

    private static string? Body(JsonElement template, int variant) => template.GetProperty("definition").GetProperty("variants")[variant].GetProperty("body").GetString();

    private static object Reply(string name, string body, string? ru = null, int[]? queueIds = null) => new
    {
        name,
        kind = "Reply",
        queueIds = queueIds ?? [],
        defaultLanguage = "en",
        variants = ru is null ? new[] { new { language = "en", subject = (string?)null, body } } : [new { language = "en", subject = (string?)null, body }, new { language = "ru", subject = (string?)null, body = ru }],
    };

    private static object Template(string name, string kind, string body) =>
        new { name, kind, variants = new[] { new { language = "en", body } } };
}
