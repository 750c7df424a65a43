using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Cli;

public sealed class CommandLineTests
{
    private CliProcess _cli = null!;

    [SetUp]
    public void CreateDataDirectory() =>
        _cli = new CliProcess(Path.Combine(Path.GetTempPath(), "servicedesk-cli-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveDataDirectory()
    {
        if (Directory.Exists(_cli.DataPath))
        {
            Directory.Delete(_cli.DataPath, recursive: true);
        }
    }

    [Test]
    public async Task Help_ListsTheCommands()
    {
        var (exit, output, _) = await _cli.RunAsync("--help");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain("serve").And.Contain("db").And.Contain("user").And.Contain("token").And.Contain("queue").And.Contain("plugin"));
        });
    }

    [Test]
    public async Task FirstCommand_CreatesTheDatabase_AndShowsTheAdminPasswordOnce()
    {
        var first = await _cli.RunAsync("db", "migrate");
        var second = await _cli.RunAsync("db", "migrate");

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(first.Output, Does.Contain("Created the administrator 'admin' with the password:"));
            Assert.That(first.Output, Does.Match(@"up to date: \d+ migrations applied"));
            Assert.That(second.Output, Does.Not.Contain("password"));
            Assert.That(File.Exists(Path.Combine(_cli.DataPath, "servicedesk.db")), Is.True);
        });
    }

    [Test]
    public async Task PluginList_ShowsEachPlugin_WithItsStateAndWhyItDoesNotRun()
    {
        TestPlugins.Install(_cli.DataPath, "Greeter", "greeter", "1.2.0");
        TestPlugins.Install(_cli.DataPath, "Throwing", "throwing", "1.0.0");

        var (exit, output, error) = await _cli.RunAsync("plugin", "list");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.Match(@"greeter\s+1\.2\.0\s+active\s+Greeter \(test plugin\)"));
            Assert.That(output, Does.Match(@"throwing\s+1\.0\.0\s+failed\s+Throwing \(test plugin\)\n\s+Its start failed: InvalidOperationException: The throwing plugin refuses to start\."));
        });
    }

    [Test]
    public async Task Errors_AreOneClearLine_WithANonZeroExitCode()
    {
        var orphan = await _cli.RunAsync("queue", "create", "Nowhere::Sub");
        var badEmail = await _cli.RunAsync("user", "create", "--login", "x", "--email", "not-an-email");
        var missingOption = await _cli.RunAsync("user", "create", "--login", "x");
        var badSchedule = await _cli.RunAsync("db", "migrate", "--ServiceDesk:Retention:Schedule=nightly");

        Assert.Multiple(() =>
        {
            Assert.That(orphan.ExitCode, Is.EqualTo(1));
            Assert.That(orphan.Error.Trim(), Is.EqualTo("error: The parent queue 'Nowhere' does not exist."));
            Assert.That(badEmail.ExitCode, Is.EqualTo(1));
            Assert.That(badEmail.Error, Does.StartWith("error: email:"));
            Assert.That(missingOption.ExitCode, Is.Not.Zero);
            Assert.That(missingOption.Error, Does.Contain("--email"));
            Assert.That(badSchedule.ExitCode, Is.EqualTo(1));
            Assert.That(badSchedule.Error.Trim(), Does.StartWith("error: ServiceDesk:Retention:Schedule: 'nightly' is not a cron schedule"));
        });
    }

    [Test]
    public async Task AgentCreatedOnTheCommandLine_WorksTheApiOfTheServedService()
    {
        var user = await _cli.RunAsync("user", "create", "--login", "olga", "--email", "olga@helpdesk.example", "--first-name", "Ольга", "--password", "long enough", "--group", "users=ReadWrite");
        var queue = await _cli.RunAsync("queue", "create", "Hardware", "--support-line", "Second");
        var token = await _cli.RunAsync("token", "create", "--user", "olga");
        Assert.That((user.ExitCode, queue.ExitCode, token.ExitCode), Is.EqualTo((0, 0, 0)), user.Error + queue.Error + token.Error);

        using var server = _cli.StartServer(out var address);
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            await CliProcess.WaitForHealthAsync(client);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Output.Trim());
            var created = await client.PostAsJsonAsync("/api/v1/tickets",
                new { title = "Docking station", queue = "Hardware", customer = new { email = "nina@example.com", name = "Нина" }, body = "No display." });

            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
