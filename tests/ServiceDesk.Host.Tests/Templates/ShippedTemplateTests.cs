using System.Net;
using System.Text.Json;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Templates;

/// <summary>
/// Every template the plugin ships renders in Russian and English for a realistic ticket, with the customer's name as
/// stored or, without one, a neutral greeting; a theme overrides a shipped template by a file of its own, and its parent
/// supplies the rest; on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class ShippedTemplateTests(string provider)
{
    private const string Templates = "/api/v1/plugins/templates/templates";

    private static readonly string[] Kinds =
    [
        "Salutation", "Signature", "AutoResponseNewTicket", "AutoResponseFollowUpClosed", "AutoResponseRejected",
        "NotificationNewTicket", "NotificationAssigned", "NotificationCustomerAnswered", "NotificationPendingReminder", "Snippet",
    ];

    private readonly string _themes = Path.Combine(Path.GetTempPath(), $"servicedesk-themes-{Guid.NewGuid():N}");

    private BundledPluginHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // The active theme "corp" has one template of its own; its parent "default" has none.
        Directory.CreateDirectory(Path.Combine(_themes, "default"));
        Directory.CreateDirectory(Path.Combine(_themes, "corp", "templates"));
        await File.WriteAllTextAsync(Path.Combine(_themes, "default", "theme.json"), """{ "id": "default", "name": "Default", "version": "1.0.0" }""");
        await File.WriteAllTextAsync(Path.Combine(_themes, "corp", "theme.json"), """{ "id": "corp", "name": "Corp", "version": "1.0.0", "parent": "default" }""");
        await File.WriteAllTextAsync(Path.Combine(_themes, "corp", "templates", "auto-response-new-ticket.en.sbn"),
            "Subject: Corp IT received {{ ticket.number }}\n\nCorp IT has your request {{ ticket.number }}.\n");
        _host = await BundledPluginHost.StartAsync(provider, new Dictionary<string, string?>
        {
            ["ServiceDesk:Themes:Path"] = _themes,
            ["ServiceDesk:Themes:Active"] = "corp",
        }, plugins: ["templates"]);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_themes, recursive: true);
    }

    [Test]
    public async Task EveryShippedTemplate_RendersInRussianAndEnglish_ForANamedAndANamelessCustomer()
    {
        var named = await ApiTestBase.CreateTicketAsync(_host.Admin, ApiTestBase.NewTicket("VPN не подключается", "ivan.petrov@example.com", body: "Since Monday.\nEvery hour."));
        var nameless = await ApiTestBase.CreateTicketAsync(_host.Admin, new { title = "Printer", queue = "Misc", customer = new { email = "j.doe@example.com" }, body = "It jams." });
        var shipped = await ApiTestBase.GetAsync<List<JsonElement>>(_host.Admin, $"{Templates}/shipped");

        var rendered = new List<(string Kind, string Language, string Number, string Subject, string Body)>();
        foreach (var template in shipped)
        {
            foreach (var language in new[] { "ru", "en" })
            {
                foreach (var number in new[] { named.Summary.Number, nameless.Summary.Number })
                {
                    var response = await _host.Admin.PostAsJsonAsync($"{Templates}/preview", new { template, ticket = number, language }, ApiTestBase.Json);
                    await ApiTestBase.ExpectAsync(response, HttpStatusCode.OK);
                    var result = await response.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
                    rendered.Add((template.GetProperty("kind").GetString()!, result.GetProperty("language").GetString()!, number,
                        result.GetProperty("subject").GetString() ?? "", result.GetProperty("body").GetString()!));
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(shipped.Select(t => t.GetProperty("kind").GetString()), Is.EquivalentTo(Kinds), "a default for every occasion, and the layout");
            Assert.That(rendered, Has.Count.EqualTo(Kinds.Length * 4));
            foreach (var (kind, language, number, subject, body) in rendered)
            {
                var what = $"{kind} in {language} for {number}";
                Assert.That(body, Is.Not.Empty, what);
                Assert.That(body + subject, Does.Not.Contain("{{").And.Not.Contain("Dear ,").And.Not.Contain("Hello ,").And.Not.Contain("Здравствуйте, !"), what);
                Assert.That(body + subject, Does.Not.Contain("j.doe,").And.Not.Contain("Dear j.doe"), $"{what}: never the address's local part as a name");
                if (kind.StartsWith("AutoResponse", StringComparison.Ordinal) || kind.StartsWith("Notification", StringComparison.Ordinal))
                {
                    Assert.That(subject + body, Does.Contain(number), what);
                    Assert.That(subject, Is.Not.Empty, what);
                }

                if (kind.StartsWith("Notification", StringComparison.Ordinal))
                {
                    Assert.That(body, Does.Contain($"/agent/tickets/{number}"), $"{what}: a link to the ticket");
                }
            }

            var greetings = rendered.Where(r => r.Kind == "Salutation").ToDictionary(r => (r.Language, r.Number), r => r.Body);
            Assert.That(greetings[("ru", named.Summary.Number)], Is.EqualTo("Здравствуйте, Иван Петров!"));
            Assert.That(greetings[("en", named.Summary.Number)], Is.EqualTo("Dear Иван Петров,"));
            Assert.That(greetings[("ru", nameless.Summary.Number)], Is.EqualTo("Здравствуйте!"));
            Assert.That(greetings[("en", nameless.Summary.Number)], Is.EqualTo("Hello,"));
            var acknowledgement = rendered.Single(r => r.Kind == "AutoResponseNewTicket" && r.Language == "ru" && r.Number == named.Summary.Number);
            Assert.That(acknowledgement.Body, Does.StartWith("Здравствуйте, Иван Петров!\n\nМы получили ваше обращение «VPN не подключается»"));
            Assert.That(acknowledgement.Body, Does.EndWith("С уважением,\nAdmin\nMisc"), "a preview is signed by the administrator who makes it");
            var notification = rendered.Single(r => r.Kind == "NotificationNewTicket" && r.Language == "en" && r.Number == named.Summary.Number);
            Assert.That(notification.Body, Does.Contain("> Since Monday.\n> Every hour."), "the customer's message, quoted");
        });
    }

    [Test]
    public async Task AThemesOwnFile_OverridesTheShippedTemplate_InItsLanguage_AndTheRestStaysShipped()
    {
        var shipped = await ApiTestBase.GetAsync<List<JsonElement>>(_host.Admin, $"{Templates}/shipped");
        var acknowledgement = shipped.Single(t => t.GetProperty("kind").GetString() == "AutoResponseNewTicket").GetProperty("variants").EnumerateArray()
            .ToDictionary(v => v.GetProperty("language").GetString()!, v => (Subject: v.GetProperty("subject").GetString(), Body: v.GetProperty("body").GetString()));

        Assert.Multiple(() =>
        {
            Assert.That(acknowledgement["en"], Is.EqualTo(("Corp IT received {{ ticket.number }}", (string?)"Corp IT has your request {{ ticket.number }}.")));
            Assert.That(acknowledgement["ru"].Body, Does.StartWith("Мы получили ваше обращение"), "the theme has no Russian file: the shipped one stays");
        });
    }
}
