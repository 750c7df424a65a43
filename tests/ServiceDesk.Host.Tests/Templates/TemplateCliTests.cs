using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Templates;

/// <summary>
/// `servicedesk templates …` in the real command line, on SQLite and PostgreSQL: a template written in a file is saved,
/// listed, changed, restored from its history, previewed for a real ticket and deleted; a template with a mistake is
/// refused with its line and column, and bad input changes nothing.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class TemplateCliTests(string provider)
{
    private const string Time = @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}";

    // Files as people write them: UTF-8, Cyrillic as it is.
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private CliProcess _cli = null!;

    private string[] _database = [];

    private string _ticket = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _cli = new CliProcess(ServiceDeskServer.NewDataPath());
        var settings = new Dictionary<string, string?>();
        if (provider == "postgres")
        {
            settings["ServiceDesk:Database:ConnectionString"] = await TestPostgres.CreateDatabaseAsync();
            _database = ["--ServiceDesk:Database:Provider=postgres", $"--ServiceDesk:Database:ConnectionString={settings["ServiceDesk:Database:ConnectionString"]}"];
        }

        // The command line opens no tickets: the API does, on the database the commands then use.
        await using var server = await ServiceDeskServer.StartAsync(provider, settings, dataPath: _cli.DataPath);
        using var admin = await server.AgentAsync("admin");
        _ticket = (await ApiTestBase.CreateTicketAsync(admin, ApiTestBase.NewTicket("VPN не подключается"))).Summary.Number;
    }

    [OneTimeTearDown]
    public void RemoveDataDirectory()
    {
        if (Directory.Exists(_cli.DataPath))
        {
            Directory.Delete(_cli.DataPath, recursive: true);
        }
    }

    [Test]
    public async Task ATemplateFromAFile_IsListed_Changed_AndRestoredFromItsHistory()
    {
        var id = await CreateAsync(Reply("Password reset", "Your password was reset."));
        var listed = await TemplatesAsync("list");
        var updated = await TemplatesAsync("update", Text(id), "--file", WriteFile("reset-2.json", Reply("Password reset", "Your password was reset; change it at first login.")));
        var history = await TemplatesAsync("history", Text(id));
        var restored = await TemplatesAsync("restore", Text(id), "1");
        var preview = await TemplatesAsync("preview", Text(id), "--ticket", _ticket);
        var relisted = await TemplatesAsync("list", "--kind", "Reply");

        Assert.Multiple(() =>
        {
            Assert.That(listed.Output, Does.Match($@"(?m)^ID +NAME +KIND +VERSION +USED +LAST USED \(UTC\) +CHANGED BY +CHANGED AT \(UTC\)$"));
            Assert.That(listed.Output, Does.Match($@"(?m)^{id} +Password reset +Reply +1 +0 +never +system +{Time}$"));
            Assert.That((updated.ExitCode, updated.Output), Is.EqualTo((0, $"Saved template {id} 'Password reset' as version 2.\n")), updated.Error);
            Assert.That(Rows(history.Output), Has.Length.EqualTo(2));
            Assert.That(Rows(history.Output)[0], Does.Match($"^2 +updated +Password reset +Reply +system +{Time}$"));
            Assert.That(Rows(history.Output)[1], Does.Match($"^1 +created +Password reset +Reply +system +{Time}$"));
            Assert.That((restored.ExitCode, restored.Output), Is.EqualTo((0, $"Restored version 1 of template {id} 'Password reset' as version 3.\n")), restored.Error);
            Assert.That((preview.ExitCode, preview.Output), Is.EqualTo((0, "Language: en\n\nDear Иван Петров,\n\nYour password was reset.\n\nKind regards,\nMisc service desk\n")), "version 1's text is current again: " + preview.Error);
            Assert.That(relisted.Output, Does.Match($@"(?m)^{id} +Password reset +Reply +3 +0 +never +system +{Time}$"));
        });
    }

    [Test]
    public async Task APreview_RendersATemplateNotSavedYet_ForARealTicket_InTheLanguageAskedFor()
    {
        var template = JsonSerializer.Serialize(Reply(
            "Greeting preview",
            "{{ customer.first_name }}, about {{ ticket.number }}.",
            ru: "{{ customer.first_name }}, заявка {{ ticket.number }}."), FileJson);

        var russian = await _cli.RunWithInputAsync(template, ["templates", "preview", "--file", "-", "--ticket", _ticket, "--language", "ru", .. _database]);
        var english = await TemplatesAsync("preview", "--file", WriteFile("greeting.json", template), "--ticket", _ticket);
        var listed = await TemplatesAsync("list");

        Assert.Multiple(() =>
        {
            Assert.That((russian.ExitCode, russian.Output), Is.EqualTo((0, $"Language: ru\n\nЗдравствуйте, Иван Петров!\n\nИван, заявка {_ticket}.\n\nС уважением,\nслужба поддержки, Misc\n")), russian.Error);
            Assert.That((english.ExitCode, english.Output), Is.EqualTo((0, $"Language: en\n\nDear Иван Петров,\n\nИван, about {_ticket}.\n\nKind regards,\nMisc service desk\n")), english.Error);
            Assert.That(listed.Output, Does.Not.Contain("Greeting preview"), "a preview saves nothing");
        });
    }

    [Test]
    public async Task ATemplateWithAMistake_IsRefusedWithItsLineAndColumn_AndNothingIsLost()
    {
        var id = await CreateAsync(Reply("Kept", "Thank you."));
        var broken = Reply("Broken", "Hello,\n{{ if customer.first_name }}Dear");

        var created = await TemplatesAsync("create", "--file", WriteFile("broken.json", broken));
        var updated = await TemplatesAsync("update", Text(id), "--file", WriteFile("broken.json", broken));
        var listed = await TemplatesAsync("list");
        var history = await TemplatesAsync("history", Text(id));

        Assert.Multiple(() =>
        {
            foreach (var refused in new[] { created, updated })
            {
                Assert.That(refused.ExitCode, Is.Not.Zero);
                Assert.That(refused.Output, Is.Empty);
                Assert.That(refused.Error, Does.Match(@"^error: variants\[0\]\.body: line 2, column \d+: .*The <end> statement was not found.*\n$"));
            }

            Assert.That(listed.Output, Does.Not.Contain("Broken"), "nothing is saved");
            Assert.That(listed.Output, Does.Match($@"(?m)^{id} +Kept +Reply +1 "), "the template keeps its version");
            Assert.That(Rows(history.Output), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task ADeletedTemplate_IsGone_WithItsHistory()
    {
        var id = await CreateAsync(Reply("Obsolete", "We no longer offer this."));

        var stale = await TemplatesAsync("delete", Text(id), "--if-version", "2");
        var deleted = await TemplatesAsync("delete", Text(id), "--if-version", "1");
        var listed = await TemplatesAsync("list");
        var history = await TemplatesAsync("history", Text(id));

        Assert.Multiple(() =>
        {
            Assert.That((stale.ExitCode, stale.Error), Is.EqualTo((1, $"error: Template {id} is at version 1, not 2: someone else changed it. Reload it and try again.\n")));
            Assert.That((deleted.ExitCode, deleted.Output), Is.EqualTo((0, $"Deleted template {id} and its versions.\n")), deleted.Error);
            Assert.That(listed.Output, Does.Not.Contain("Obsolete"));
            Assert.That((history.ExitCode, history.Error), Is.EqualTo((1, $"error: There is no template {id}.\n")));
        });
    }

    [Test]
    public async Task ArgumentsNotAsTheCommandTakesThem_AreRefusedInOneLine()
    {
        var noId = await TemplatesAsync("update", "--file", WriteFile("any.json", Reply("Any", "Any.")));
        var unknownKind = await TemplatesAsync("list", "--kind", "Answer");
        var missingFile = await TemplatesAsync("create", "--file", Path.Combine(_cli.DataPath, "missing.json"));
        var notJson = await TemplatesAsync("create", "--file", WriteFile("not.json", "{ \"name\": \"Half\", "));
        var notANumber = await TemplatesAsync("restore", "1", "first");

        Assert.Multiple(() =>
        {
            Assert.That((noId.ExitCode, noId.Error), Is.EqualTo((1, "error: use servicedesk templates update <id> --file <template.json> [--if-version <n>]\n")));
            Assert.That((unknownKind.ExitCode, unknownKind.Error), Is.EqualTo((1, "error: --kind: The kind is one of: Reply, AutoResponseNewTicket, AutoResponseFollowUpClosed, " +
                "AutoResponseRejected, NotificationNewTicket, NotificationAssigned, NotificationCustomerAnswered, NotificationPendingReminder, Salutation, Signature, Snippet.\n")));
            Assert.That((missingFile.ExitCode, missingFile.Error), Is.EqualTo((1, $"error: --file: {Path.Combine(_cli.DataPath, "missing.json")} cannot be read: Could not find file '{Path.Combine(_cli.DataPath, "missing.json")}'.\n")));
            Assert.That(notJson.ExitCode, Is.EqualTo(1));
            Assert.That(notJson.Error, Does.Match(@"^error: --file: .*not\.json, line 1 at \$: .*\n$"));
            Assert.That((notANumber.ExitCode, notANumber.Error), Is.EqualTo((1, "error: version: 'first' is not a whole number above 0.\n")));
        });
    }

    private Task<(int ExitCode, string Output, string Error)> TemplatesAsync(params string[] arguments) => _cli.RunAsync(["templates", .. arguments, .. _database]);

    private async Task<long> CreateAsync(object template)
    {
        var created = await TemplatesAsync("create", "--file", WriteFile($"{Guid.NewGuid():N}.json", template));
        var match = Regex.Match(created.Output, @"^Created template (\d+) '.+' \(Reply\), version 1\.\n$");
        Assert.That(match.Success, Is.True, $"exit code {created.ExitCode}: {created.Output}{created.Error}");
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    // A template written to a file of the data directory; text is written as it is.
    private string WriteFile(string name, object template)
    {
        var path = Path.Combine(_cli.DataPath, name);
        File.WriteAllText(path, template as string ?? JsonSerializer.Serialize(template, FileJson));
        return path;
    }

    // The table's rows, without its header.
    private static string[] Rows(string table) => table.TrimEnd('\n').Split('\n')[1..];

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static object Reply(string name, string body, string? ru = null) => new
    {
        name,
        kind = "Reply",
        defaultLanguage = "en",
        variants = ru is null ? new[] { new { language = "en", body } } : [new { language = "en", body }, new { language = "ru", body = ru }],
    };
}
