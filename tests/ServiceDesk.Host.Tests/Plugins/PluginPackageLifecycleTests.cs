using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>
/// An administrator packs real test plugins with the real `servicedesk` executable, installs, upgrades, disables and
/// uninstalls them with the CLI and the admin API, and restarts the real service to see each change take effect.
/// </summary>
public sealed class PluginPackageLifecycleTests
{
    private CliProcess _cli = null!;
    private string _work = "";

    [SetUp]
    public void CreateDirectories()
    {
        _work = Directory.CreateTempSubdirectory("servicedesk-packages-").FullName;
        _cli = new CliProcess(Path.Combine(_work, "data"));
    }

    [TearDown]
    public void RemoveDirectories() => Directory.Delete(_work, recursive: true);

    [Test]
    public async Task RefusedPackages_GetOneClearMessage_AndChangeNothing()
    {
        await SucceedsAsync("plugin", "install", await PackAsync("Greeter"));
        var tampered = await PackAsync("Greeter", "tampered", m => m["version"] = "1.3.0");
        using (var zip = ZipFile.Open(tampered, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("ServiceDesk.TestPlugins.Greeter.dll")!;
            entry.Delete();
            await using var replaced = zip.CreateEntry(entry.FullName).Open();
            await replaced.WriteAsync("not the published code"u8.ToArray());
        }

        await RefusedAsync(new()
        {
            ["Plugin 'greeter' 1.2.0 is installed already."] =
                ["plugin", "install", await PackAsync("Greeter", "again")],
            ["Plugin 'greeter' 1.2.0 is there already; 'servicedesk plugin upgrade' installs version 1.4.0."] =
                ["plugin", "install", await PackAsync("Greeter", "newer", m => m["version"] = "1.4.0")],
            ["'ServiceDesk.TestPlugins.Greeter.dll' does not match its checksum: the package is damaged or was changed."] =
                ["plugin", "upgrade", tampered],
            ["Plugin 'future' 1.0.0 is built for SDK >=2.0.0 <3.0.0; this service provides SDK 1.5.0."] =
                ["plugin", "install", await PackAsync("Greeter", "future", m => (m["id"], m["version"], m["sdk"]) = ("future", "1.0.0", ">=2.0.0 <3.0.0"))],
            ["Plugin 'orphan' needs plugin 'absent' >=1.0.0, which is not installed: install that first."] =
                ["plugin", "install", await PackAsync("Greeter", "orphan", m => (m["id"], m["dependsOn"]) = ("orphan", new JsonObject { ["absent"] = ">=1.0.0" }))],
            ["Plugin 'legacy' is not installed; 'servicedesk plugin install' installs it."] =
                ["plugin", "upgrade", await PackAsync("Legacy")],
            ["Version 1.1.0 of plugin 'greeter' is not newer than the installed 1.2.0."] =
                ["plugin", "upgrade", await PackAsync("Greeter", "older", m => m["version"] = "1.1.0")],
            ["There is no plugin 'absent'; 'servicedesk plugin list' shows those there are."] =
                ["plugin", "disable", "absent"],
        });
    }

    [Test]
    public async Task AnAdministrator_ChangesPlugins_ThroughTheApi_AndEachChangeCountsAtTheRestart()
    {
        var installed = await SucceedsAsync("plugin", "install", await PackAsync("Greeter"));
        var token = (await SucceedsAsync("token", "create", "--user", "admin")).Trim().Split('\n')[^1];
        var upgrade = await PackAsync("Greeter", "newer", m => m["version"] = "1.3.0");
        var legacy = await PackAsync("Legacy");

        HttpResponseMessage byAgent;
        using (var server = await StartAsync(token))
        {
            Assert.That(await HelloVersionAsync(server.Client, "greeter"), Is.EqualTo("1.2.0"));
            await ApiTestBase.ExpectAsync(await server.Client.PutAsync("/api/v1/plugins/greeter", Package(upgrade)), HttpStatusCode.OK);
            using (var form = new MultipartFormDataContent { { Package(legacy), "package", Path.GetFileName(legacy) } })
            {
                await ApiTestBase.ExpectAsync(await server.Client.PostAsync("/api/v1/plugins", form), HttpStatusCode.OK);
            }

            await ApiTestBase.ExpectAsync(await server.Client.PatchAsJsonAsync("/api/v1/plugins/legacy", new { enabled = false }), HttpStatusCode.OK);
            var notAPackage = await server.Client.PostAsync("/api/v1/plugins", new ByteArrayContent("holiday photos"u8.ToArray()));
            var agentToken = await AgentTokenAsync(server.Client);
            using var agent = CliProcess.Client(server.Address, agentToken);
            byAgent = await agent.PostAsync("/api/v1/plugins", Package(legacy));
            var pending = await PluginsAsync(server.Client);

            Assert.Multiple(async () =>
            {
                // The first command on a new database also reports the migrations and the admin password: the answer comes last.
                Assert.That(installed.Trim().Split('\n')[^1], Is.EqualTo("Installed plugin 'greeter' 1.2.0 (unsigned). It takes effect when the service restarts."));
                Assert.That(await HelloVersionAsync(server.Client, "greeter"), Is.EqualTo("1.2.0"), "the running version until the restart");
                Assert.That(pending["greeter"], Is.EqualTo((PluginStatus.Active, "1.2.0", (string?)"Version 1.3.0 starts when the service restarts.")));
                Assert.That(pending["legacy"], Is.EqualTo((PluginStatus.PendingRestart, "1.0.0", (string?)"Installed, and disabled: does not start when the service restarts.")));
                Assert.That(notAPackage.StatusCode, Is.EqualTo((HttpStatusCode)422));
                Assert.That(await notAPackage.Content.ReadAsStringAsync(), Does.Contain("is not a plugin package (not a zip file)."));
                Assert.That(byAgent.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.DeleteAsync("/api/v1/plugins/greeter")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((await agent.PatchAsJsonAsync("/api/v1/plugins/greeter", new { enabled = false })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            });
        }

        using (var server = await StartAsync(token))
        {
            var plugins = await PluginsAsync(server.Client);
            var legacyDisabled = (await server.Client.GetAsync("/api/v1/plugins/legacy/json")).StatusCode;
            await ApiTestBase.ExpectAsync(await server.Client.PatchAsJsonAsync("/api/v1/plugins/legacy", new { enabled = true }), HttpStatusCode.OK);
            var otherPackage = await server.Client.PutAsync("/api/v1/plugins/legacy", Package(upgrade));
            var unknown = await server.Client.PutAsync("/api/v1/plugins/absent", Package(upgrade));
            var uninstalled = await server.Client.DeleteAsync("/api/v1/plugins/greeter");
            var reinstalled = await server.Client.PostAsync("/api/v1/plugins", Package(await PackAsync("Greeter", "reinstalled", m => m["version"] = "1.4.0")));
            var pending = await PluginsAsync(server.Client);

            Assert.Multiple(async () =>
            {
                Assert.That(await HelloVersionAsync(server.Client, "greeter"), Is.EqualTo("1.3.0"));
                Assert.That(Directory.GetDirectories(Path.Combine(_cli.DataPath, "plugins", "greeter")).Select(Path.GetFileName), Is.EqualTo(new[] { "1.3.0" }),
                    "the older version's folder is removed at the start");
                Assert.That(plugins["legacy"].Status, Is.EqualTo(PluginStatus.Disabled));
                Assert.That(legacyDisabled, Is.EqualTo(HttpStatusCode.NotFound));
                Assert.That(uninstalled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(await ProblemDetailAsync(otherPackage), Is.EqualTo("The package is plugin 'greeter', not 'legacy'."));
                Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
                Assert.That(await ProblemDetailAsync(reinstalled),
                    Is.EqualTo("Plugin 'greeter' was uninstalled, and its files go when the service restarts: restart it, then install the plugin again."));
                Assert.That(pending["greeter"].Pending, Is.EqualTo("Uninstalled: its files are removed when the service restarts."));
                Assert.That(pending["legacy"].Pending, Is.EqualTo("Enabled: starts when the service restarts."));
            });
        }

        using (var server = await StartAsync(token))
        {
            var plugins = await PluginsAsync(server.Client);

            Assert.Multiple(async () =>
            {
                Assert.That(plugins.Keys, Is.EqualTo(new[] { "legacy", "mail", "templates" }), "the bundled plugins besides the installed one");
                Assert.That(plugins["legacy"], Is.EqualTo((PluginStatus.Active, "1.0.0", (string?)null)));
                Assert.That(plugins["mail"], Is.EqualTo((PluginStatus.Active, "1.5.0", (string?)null)));
                Assert.That(plugins["templates"], Is.EqualTo((PluginStatus.Active, "1.1.0", (string?)null)));
                Assert.That((await server.Client.GetAsync("/api/v1/plugins/legacy/json")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(Directory.Exists(Path.Combine(_cli.DataPath, "plugins", "greeter")), Is.False);
            });
        }
    }

    [Test]
    public async Task AServiceThatRequiresSignatures_InstallsOnlyPackagesOfTrustedPublishers()
    {
        Directory.CreateDirectory(_cli.DataPath);
        string[] policy = ["--ServiceDesk:PluginPackages:RequireSignature=true", await TrustedPublisherAsync("Example Corp")];

        var unsigned = await _cli.RunAsync(["plugin", "install", await PackAsync("Legacy"), .. policy]);
        var signed = await SucceedsAsync(["plugin", "install", await PackAsync("Greeter", "signed", sign: Path.Combine(_work, "Example Corp.pem")), .. policy]);

        Assert.Multiple(() =>
        {
            Assert.That(unsigned.ExitCode, Is.EqualTo(1));
            Assert.That(unsigned.Error, Does.Contain("The package is not signed"));
            Assert.That(Directory.Exists(Path.Combine(_cli.DataPath, "plugins", "legacy")), Is.False);
            Assert.That(signed.Trim().Split('\n')[^1], Is.EqualTo("Installed plugin 'greeter' 1.2.0 (signed by Example Corp). It takes effect when the service restarts."));
        });
    }

    [Test]
    public async Task ChangesThatWouldLeaveAnEnabledPluginWithoutWhatItNeeds_AreRefused()
    {
        await SucceedsAsync("plugin", "install", await PackAsync("Greeter"));
        await SucceedsAsync("plugin", "install", await PackAsync("Greeter", "fan", m => (m["id"], m["dependsOn"]) = ("fan", new JsonObject { ["greeter"] = ">=1.0.0 <2.0.0" })));
        var breakingUpgrade = await PackAsync("Greeter", "two", m => m["version"] = "2.0.0");
        const string needed = "enabled plugins need it, and would fail at the next start: 'fan' (>=1.0.0 <2.0.0). Disable or uninstall them first.";
        await RefusedAsync(new()
        {
            ["Plugin 'greeter' cannot be disabled: " + needed] = ["plugin", "disable", "greeter"],
            ["Plugin 'greeter' cannot be uninstalled: " + needed] = ["plugin", "uninstall", "greeter"],
            ["Plugin 'greeter' cannot be upgraded to 2.0.0: " + needed] = ["plugin", "upgrade", breakingUpgrade],
        });

        await SucceedsAsync("plugin", "disable", "fan");
        await SucceedsAsync("plugin", "disable", "greeter");
        const string disabled = "needs plugin 'greeter' >=1.0.0 <2.0.0, which is disabled: enable that first ('servicedesk plugin enable greeter').";
        await RefusedAsync(new()
        {
            ["Plugin 'fan' " + disabled] = ["plugin", "enable", "fan"],
            ["Plugin 'fan2' " + disabled] =
                ["plugin", "install", await PackAsync("Greeter", "fan2", m => (m["id"], m["dependsOn"]) = ("fan2", new JsonObject { ["greeter"] = ">=1.0.0 <2.0.0" }))],
        });

        await SucceedsAsync("plugin", "enable", "greeter");
        var enabled = await SucceedsAsync("plugin", "enable", "fan");
        var upgraded = await SucceedsAsync("plugin", "upgrade", await PackAsync("Greeter", "compatible", m => m["version"] = "1.9.0"));

        Assert.Multiple(() =>
        {
            Assert.That(enabled.Trim(), Is.EqualTo("Enabled plugin 'fan' 1.2.0. It takes effect when the service restarts."));
            Assert.That(upgraded.Trim(), Is.EqualTo("Upgraded plugin 'greeter' from 1.2.0 to 1.9.0 (unsigned). It takes effect when the service restarts."));
        });
    }

    [Test]
    public async Task AnUpgrade_MustBeSignedByThePublisherWhoSignedTheInstalledPlugin()
    {
        Directory.CreateDirectory(_cli.DataPath);
        string[] policy = [await TrustedPublisherAsync("Example Corp"), await TrustedPublisherAsync("Other Corp")];
        var installed = await SucceedsAsync(["plugin", "install", await PackAsync("Greeter", "signed", sign: Path.Combine(_work, "Example Corp.pem")), .. policy]);

        const string pinned = "Plugin 'greeter' was installed signed by 'Example Corp', and ";
        const string only = ": only that publisher's packages replace it.";
        await RefusedAsync(new()
        {
            [pinned + "this package is not signed by a trusted publisher" + only] =
                ["plugin", "upgrade", await PackAsync("Greeter", "unsigned", m => m["version"] = "1.3.0"), .. policy],
            [pinned + "this package is signed by 'Other Corp'" + only] =
                ["plugin", "upgrade", await PackAsync("Greeter", "other", m => m["version"] = "1.3.0", Path.Combine(_work, "Other Corp.pem")), .. policy],
        });
        var upgraded = await SucceedsAsync(["plugin", "upgrade", await PackAsync("Greeter", "same", m => m["version"] = "1.3.0", Path.Combine(_work, "Example Corp.pem")), .. policy]);

        Assert.Multiple(() =>
        {
            Assert.That(installed.Trim(), Is.EqualTo("Installed plugin 'greeter' 1.2.0 (signed by Example Corp). It takes effect when the service restarts."));
            Assert.That(upgraded.Trim(), Is.EqualTo("Upgraded plugin 'greeter' from 1.2.0 to 1.3.0 (signed by Example Corp). It takes effect when the service restarts."));
        });
    }

    [Test]
    public async Task PluginList_ShowsThePluginsAsTheServiceRunsThem_AndWhatWaitsForItsRestart()
    {
        await SucceedsAsync("plugin", "install", await PackAsync("Greeter"));
        var beforeAnyStart = await SucceedsAsync("plugin", "list");
        var token = (await SucceedsAsync("token", "create", "--user", "admin")).Trim().Split('\n')[^1];
        using (var server = await StartAsync(token))
        {
            Assert.That(await HelloVersionAsync(server.Client, "greeter"), Is.EqualTo("1.2.0"));
        }

        // Plugin files only: these commands work while the database cannot be reached.
        string[] unreachable = ["--ServiceDesk:Database:Provider=postgres", "--ServiceDesk:Database:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Password=none;Timeout=2"];
        await SucceedsAsync(["plugin", "install", await PackAsync("Legacy"), .. unreachable]);
        await SucceedsAsync(["plugin", "disable", "greeter", .. unreachable]);
        var listed = await SucceedsAsync(["plugin", "list", .. unreachable]);

        Assert.Multiple(() =>
        {
            Assert.That(beforeAnyStart, Does.Contain("The service has not started with this data directory yet; as it would start them:"));
            Assert.That(beforeAnyStart, Does.Match(@"greeter +1\.2\.0 +active +Greeter"));
            Assert.That(listed, Does.Match(@"As the service started them at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC:"));
            Assert.That(listed, Does.Match(@"greeter +1\.2\.0 +active +Greeter \(test plugin\)\n    at the next start: Disabled: stops when the service restarts\.\n"));
            Assert.That(listed, Does.Match(@"legacy +1\.0\.0 +pending +Legacy \(test plugin\)\n    at the next start: Installed: starts when the service restarts\.\n"));
        });
    }

    // Runs each refused command and checks its one message, and that it changed no file.
    private async Task RefusedAsync(Dictionary<string, string[]> refusals)
    {
        var before = Snapshot();
        foreach (var (message, arguments) in refusals)
        {
            var result = await _cli.RunAsync(arguments);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(1), string.Join(' ', arguments));
                Assert.That(result.Error.Trim(), Is.EqualTo("error: " + message));
                Assert.That(Snapshot(), Is.EqualTo(before), $"files changed by: {string.Join(' ', arguments)}");
            });
        }
    }

    // A new publisher key pair: the private key in {work}/{name}.pem, the public one trusted by the service; returns the
    // setting that trusts it.
    private async Task<string> TrustedPublisherAsync(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await File.WriteAllTextAsync(Path.Combine(_work, name + ".pem"), key.ExportECPrivateKeyPem());
        await File.WriteAllTextAsync(Path.Combine(_cli.DataPath, name + ".pub.pem"), key.ExportSubjectPublicKeyInfoPem());
        return $"--ServiceDesk:PluginPackages:TrustedPublishers:{name}={name}.pub.pem";
    }

    // The `detail` of a refusal (422), which says why.
    private static async Task<string?> ProblemDetailAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
    }

    // Packs a built test plugin, its manifest changed by `change`, with the real CLI; returns the package's path.
    private async Task<string> PackAsync(string built, string variant = "as-built", Action<JsonObject>? change = null, string? sign = null)
    {
        var folder = Path.Combine(_work, "folders", built + "-" + variant);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "test-plugins", built)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var manifestPath = Path.Combine(folder, "plugin.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!.AsObject();
        change?.Invoke(manifest);
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());
        var output = Path.Combine(_work, "packages", built + "-" + variant);
        var packed = await SucceedsAsync(["plugin", "pack", folder, "--output", output, .. sign is null ? Array.Empty<string>() : ["--sign", sign]]);
        return Directory.GetFiles(output, "*.sdpkg").Single(p => packed.Contains(p, StringComparison.Ordinal));
    }

    private async Task<string> SucceedsAsync(params string[] arguments)
    {
        var result = await _cli.RunAsync(arguments);
        Assert.That(result.ExitCode, Is.Zero, $"{string.Join(' ', arguments)}: {result.Error}");
        return result.Output;
    }

    // Every folder and file under the plugins folder, files with their SHA-256: what a refused change must leave as it
    // was. (An empty staging folder may stay; the service removes it at its next start.)
    private SortedDictionary<string, string> Snapshot()
    {
        var root = Path.Combine(_cli.DataPath, "plugins");
        var folders = Directory.GetDirectories(root, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetRelativePath(root, d) != ".staging")
            .Select(d => (Path.GetRelativePath(root, d), "folder"));
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ".lock")
            .Select(f => (Path.GetRelativePath(root, f), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
        return new SortedDictionary<string, string>(folders.Concat(files).ToDictionary(e => e.Item1, e => e.Item2), StringComparer.Ordinal);
    }

    private async Task<RunningServer> StartAsync(string token)
    {
        var process = _cli.StartServer(out var address);
        var client = CliProcess.Client(address, token);
        await CliProcess.WaitForHealthAsync(client);
        return new RunningServer(process, client, address);
    }

    private async Task<string> AgentTokenAsync(HttpClient admin)
    {
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/users", new { login = "plugin.watcher", email = "watcher@helpdesk.example", firstName = "Watcher" }), HttpStatusCode.Created);
        return (await SucceedsAsync("token", "create", "--user", "plugin.watcher")).Trim().Split('\n')[^1];
    }

    private static async Task<string?> HelloVersionAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/plugins/{id}/hello")).GetProperty("version").GetString();

    private static async Task<Dictionary<string, (PluginStatus Status, string Version, string? Pending)>> PluginsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<PluginInfo>>("/api/v1/plugins", ApiTestBase.Json))!.ToDictionary(p => p.Id, p => (p.Status, p.Version, p.Pending));

    private static ByteArrayContent Package(string path)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private sealed record RunningServer(Process Process, HttpClient Client, Uri Address) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }
}
