using System.Net;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Templates;
using ServiceDesk.Abstractions.Ui;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>
/// Real, separately built plugins installed into a data directory, and one server started over them: the good ones
/// run, each bad one is left out with its reason, and the host serves either way.
/// </summary>
public sealed class PluginPlatformTests
{
    private ServiceDeskServer _server = null!;
    private HttpClient _admin = null!;
    private string _dataPath = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _dataPath = ServiceDeskServer.NewDataPath();
        Install("Greeter", "greeter", "1.2.0");
        // An older version beside it: the highest version folder counts.
        Install("Greeter", "greeter", "1.1.0", manifest => manifest["version"] = "1.1.0");
        Install("Throwing", "throwing", "1.0.0");
        Install("Legacy", "legacy", "1.0.0");
        Install("Greeter", "future", "1.0.0", manifest => (manifest["id"], manifest["sdk"]) = ("future", ">=2.0.0 <3.0.0"));
        Install("Greeter", "orphan", "1.0.0", manifest => (manifest["id"], manifest["dependsOn"]) = ("orphan", new JsonObject { ["absent"] = ">=1.0.0" }));
        Install("Greeter", "fan", "1.0.0", manifest => (manifest["id"], manifest["dependsOn"]) = ("fan", new JsonObject { ["greeter"] = ">=1.2.0 <2.0.0" }));
        Install("Greeter", "impatient", "1.0.0", manifest => (manifest["id"], manifest["dependsOn"]) = ("impatient", new JsonObject { ["greeter"] = ">=2.0.0" }));
        Install("Greeter", "quiet", "1.0.0", manifest => manifest["id"] = "quiet");
        Install("Greeter", "strict", "1.0.0", manifest => manifest["id"] = "strict");
        Install("Throwing", "follower", "1.0.0", manifest => (manifest["id"], manifest["dependsOn"]) = ("follower", new JsonObject { ["throwing"] = "*" }));
        var broken = Directory.CreateDirectory(Path.Combine(_dataPath, "plugins", "broken", "1.0.0")).FullName;
        await File.WriteAllTextAsync(Path.Combine(broken, "plugin.json"), """{ "id": "Broken!", "version": "one", "sdk": "soon" }""");

        _server = await ServiceDeskServer.StartAsync("sqlite", new Dictionary<string, string?>
        {
            ["ServiceDesk:Plugins:greeter:Greeting"] = "Grüß Gott",
            ["ServiceDesk:Plugins:quiet:Enabled"] = "false",
            ["ServiceDesk:Plugins:strict:Greeting"] = new string('!', 41),
        }, dataPath: _dataPath);
        _admin = await _server.AgentAsync("admin");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_dataPath, recursive: true);
    }

    [Test]
    public async Task AGoodPlugin_StartsWithItsSettings_AndItsEndpointUsesHostServices()
    {
        var hello = await ApiTestBase.GetAsync<JsonElement>(_admin, "/api/v1/plugins/greeter/hello");

        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync("greeter"), Is.EqualTo((PluginStatus.Active, (string?)null)));
            Assert.That(hello.GetProperty("text").GetString(), Is.EqualTo("Grüß Gott"));
            Assert.That(hello.GetProperty("version").GetString(), Is.EqualTo("1.2.0"), "the highest installed version");
            Assert.That(hello.GetProperty("queues").GetInt32(), Is.GreaterThanOrEqualTo(3), "the host's queue service answered");
        });
    }

    [Test]
    public async Task TwoPlugins_RunTheirOwnVersionsOfTheSamePrivateDependency_SideBySide()
    {
        var greeter = await ApiTestBase.GetAsync<JsonElement>(_admin, "/api/v1/plugins/greeter/hello");
        var legacy = await ApiTestBase.GetAsync<JsonElement>(_admin, "/api/v1/plugins/legacy/json");

        Assert.Multiple(() =>
        {
            Assert.That(greeter.GetProperty("jsonVersion").GetString(), Is.EqualTo("13.0.0.0"), "Newtonsoft.Json 13.0.3 from the greeter's folder");
            Assert.That(greeter.GetProperty("json").GetString(), Is.EqualTo("""{"Text":"Grüß Gott"}"""));
            Assert.That(legacy.GetProperty("jsonVersion").GetString(), Is.EqualTo("12.0.0.0"), "Newtonsoft.Json 12.0.3 from the legacy plugin's folder");
            Assert.That(legacy.GetProperty("json").GetString(), Is.EqualTo("[1,2]"));
        });
    }

    [Test]
    public async Task APluginThatThrowsAtStart_IsFailedWithTheReason_AndLeavesNothingBehind()
    {
        var (status, reason) = await StatusAsync("throwing");

        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(PluginStatus.Failed));
            Assert.That(reason, Does.Contain("refuses to start"));
            Assert.That(_server.Services.GetService<PluginContext>(), Is.Null, "the service it registered before throwing");
            Assert.That((await _server.Anonymous().GetAsync("/health")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusAsync("follower"), Is.EqualTo((PluginStatus.Failed, (string?)"Needs plugin 'throwing', which is failed.")));
        });
    }

    [Test]
    public async Task APluginForAnotherSdk_IsIncompatible_AndItsCodeIsNeverLoaded()
    {
        var (status, reason) = await StatusAsync("future");
        var folder = Path.Combine(_dataPath, "plugins", "future");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(PluginStatus.Incompatible));
            Assert.That(reason, Is.EqualTo("Built for SDK >=2.0.0 <3.0.0; this host provides 1.5.0."));
            Assert.That(AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Where(a => !a.IsDynamic).Select(a => a.Location),
                Has.None.StartsWith(folder));
        });
    }

    [Test]
    public async Task Dependencies_AreStartedFirst_AndMissingOrTooOldOnesAreNamed()
    {
        var fan = await _admin.GetAsync("/api/v1/plugins/fan/hello");

        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync("fan"), Is.EqualTo((PluginStatus.Active, (string?)null)));
            Assert.That(fan.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a second plugin from the same assembly, in its own load context");
            Assert.That(await StatusAsync("orphan"),
                Is.EqualTo((PluginStatus.Failed, (string?)"Needs plugin 'absent' (>=1.0.0), which is not installed.")));
            Assert.That(await StatusAsync("impatient"),
                Is.EqualTo((PluginStatus.Failed, (string?)"Needs plugin 'greeter' >=2.0.0; version 1.2.0 is installed.")));
        });
    }

    [Test]
    public async Task ADisabledPlugin_IsNotStarted_AndHasNoEndpoints()
    {
        var hello = await _admin.GetAsync("/api/v1/plugins/quiet/hello");

        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync("quiet"), Is.EqualTo((PluginStatus.Disabled, (string?)"Disabled in the configuration (ServiceDesk:Plugins:quiet:Enabled).")));
            Assert.That(hello.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task APluginWithWrongSettings_IsFailedWithTheProblem_AndTheHostRuns()
    {
        var hello = await _admin.GetAsync("/api/v1/plugins/strict/hello");

        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync("strict"), Is.EqualTo((PluginStatus.Failed, (string?)
                "Its start failed: PluginSettingsException: Settings ServiceDesk:Plugins:strict are not valid: The field Greeting must be a string with a maximum length of 40.")));
            Assert.That(hello.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task AnInvalidManifest_IsFailed_WithEveryProblemAtOnce()
    {
        var (status, reason) = await StatusAsync("broken");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(PluginStatus.Failed));
            Assert.That(reason, Does.StartWith("plugin.json: "));
            Assert.That(reason, Does.Contain("'id'").And.Contain("'name'").And.Contain("'version'").And.Contain("'sdk'").And.Contain("'entryAssembly'"));
        });
    }

    [Test]
    public async Task ActivePlugins_ContributeToTheWebInterface_AndEachUserSeesTheirAreasOnly()
    {
        using var agent = (await _server.NewAgentAsync("ui.watcher", new Dictionary<string, ServiceDesk.Abstractions.Security.Permission>())).Client;
        await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket("Portal user", "portal.user@example.com"));
        using var customer = await _server.CustomerAsync("portal.user@example.com");

        var forAdmin = await ContributionsAsync(_admin);
        var forAgent = await ContributionsAsync(agent);
        var forCustomer = await ContributionsAsync(customer);

        Assert.Multiple(() =>
        {
            Assert.That(forAdmin, Is.EqualTo(new[]
            {
                "Navigation fan:greetings /plugins/fan/greetings Greetings/Приветствия",
                "Navigation greeter:greetings /plugins/greeter/greetings Greetings/Приветствия",
                "TicketPanel fan:greeting /api/v1/plugins/fan/tickets/{number}/greeting Greeting/Приветствие",
                "TicketPanel greeter:greeting /api/v1/plugins/greeter/tickets/{number}/greeting Greeting/Приветствие",
                "SettingsPage fan:settings /plugins/fan/settings Greeter/Приветствие",
                "SettingsPage greeter:settings /plugins/greeter/settings Greeter/Приветствие",
            }), "active plugins only: not the disabled 'quiet' nor the failed 'strict'");
            Assert.That(forAgent, Is.EqualTo(forAdmin.Where(c => !c.StartsWith("SettingsPage", StringComparison.Ordinal))));
            Assert.That(forCustomer, Is.EqualTo(new[]
            {
                "Navigation fan:say-hello /plugins/fan/portal Say hello/Поздороваться",
                "Navigation greeter:say-hello /plugins/greeter/portal Say hello/Поздороваться",
            }));
        });
    }

    [Test]
    public async Task TemplateVariables_ComeFromEveryActivePlugin_AndAFailingSourceIsLeftOut()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var variables = await scope.ServiceProvider.GetRequiredService<ITemplateVariables>()
            .CollectAsync(new TemplateVariableContext("2026112310000042", "ru"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(variables.Keys, Is.EqualTo(new[] { "fan", "greeter" }), "legacy's source throws; quiet is disabled");
            var greeter = JsonSerializer.SerializeToElement(variables["greeter"], ApiTestBase.Json);
            Assert.That((greeter.GetProperty("text").GetString(), greeter.GetProperty("ticket").GetString(), greeter.GetProperty("language").GetString()),
                Is.EqualTo(("Grüß Gott", "2026112310000042", "ru")));
        });
    }

    [Test]
    public async Task OnlyAdministrators_SeeThePlugins()
    {
        using var agent = (await _server.NewAgentAsync("plugin.watcher", new Dictionary<string, ServiceDesk.Abstractions.Security.Permission>())).Client;

        Assert.Multiple(async () =>
        {
            Assert.That((await agent.GetAsync("/api/v1/plugins")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await agent.DeleteAsync("/api/v1/plugins/greeter")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden),
                "the greeter maps DELETE at its root, but the administrators' route comes first");
            Assert.That((await _server.Anonymous().GetAsync("/api/v1/plugins")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    private static async Task<List<string>> ContributionsAsync(HttpClient client) =>
        (await ApiTestBase.GetAsync<List<UiContribution>>(client, "/api/v1/ui/contributions"))
            .Select(c => $"{c.Kind} {c.PluginId}:{c.Id} {c.Path} {c.Title.En}/{c.Title.Ru}")
            .ToList();

    private void Install(string built, string id, string version, Action<JsonObject>? change = null) =>
        TestPlugins.Install(_dataPath, built, id, version, change);

    private async Task<(PluginStatus Status, string? Reason)> StatusAsync(string id)
    {
        var plugins = await ApiTestBase.GetAsync<List<PluginInfo>>(_admin, "/api/v1/plugins");
        var plugin = plugins.SingleOrDefault(p => p.Id == id) ?? throw new AssertionException($"Plugin {id} is not listed.");
        return (plugin.Status, plugin.Reason);
    }
}
