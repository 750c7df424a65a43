using System.Net;
using System.Text.Json;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>An administrator edits a plugin's settings through the API: checked as the plugin checks them, saved for the next start.</summary>
public sealed class PluginSettingsTests
{
    private string _dataPath = "";

    [SetUp]
    public void InstallGreeter()
    {
        _dataPath = ServiceDeskServer.NewDataPath();
        TestPlugins.Install(_dataPath, "Greeter", "greeter", "1.2.0");
    }

    [TearDown]
    public void RemoveData() => Directory.Delete(_dataPath, recursive: true);

    [Test]
    public async Task EditedSettings_AreChecked_Saved_AndRunAfterTheRestart_WithSecretsMasked()
    {
        HttpResponseMessage saved, wrong, byAgent, unknown;
        await using (var server = await ServiceDeskServer.StartAsync("sqlite", dataPath: _dataPath))
        {
            using var admin = await server.AgentAsync("admin");
            using var agent = (await server.NewAgentAsync("settings.watcher", new Dictionary<string, Permission>())).Client;
            saved = await admin.PutAsJsonAsync("/api/v1/plugin-settings/greeter", new Dictionary<string, string> { ["Greeting"] = "Hej", ["ApiKey"] = "s3cret" });
            wrong = await admin.PutAsJsonAsync("/api/v1/plugin-settings/greeter", new Dictionary<string, string> { ["Greeting"] = new string('!', 41) });
            byAgent = await agent.PutAsJsonAsync("/api/v1/plugin-settings/greeter", new Dictionary<string, string> { ["Greeting"] = "Hi" });
            unknown = await admin.GetAsync("/api/v1/plugin-settings/absent");
            await ApiTestBase.ExpectAsync(saved, HttpStatusCode.OK);
            Assert.That(await HelloAsync(admin), Is.EqualTo("Hello"), "the running plugin keeps its settings until the restart");
        }

        await using (var server = await ServiceDeskServer.StartAsync("sqlite", dataPath: _dataPath))
        {
            using var admin = await server.AgentAsync("admin");
            var view = await ApiTestBase.GetAsync<PluginSettingsView>(admin, "/api/v1/plugin-settings/greeter");
            var keptSecret = await admin.PutAsJsonAsync("/api/v1/plugin-settings/greeter", new Dictionary<string, string> { ["Greeting"] = "Hej då", ["ApiKey"] = "********" });

            Assert.Multiple(async () =>
            {
                Assert.That((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(),
                    Is.EqualTo("Saved the settings of plugin 'greeter'. They take effect when the service restarts."));
                Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
                Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("The field Greeting must be a string with a maximum length of 40."));
                Assert.That(byAgent.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
                Assert.That(await HelloAsync(admin), Is.EqualTo("Hej"), "the refused edit changed nothing");
                Assert.That(view.Values["Greeting"], Is.EqualTo("Hej"));
                Assert.That(view.Edited["ApiKey"], Is.EqualTo("********"));
                Assert.That(keptSecret.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(await File.ReadAllTextAsync(Path.Combine(_dataPath, "plugins", "settings", "greeter.json")), Does.Contain("s3cret"),
                    "the masked value sent back keeps the secret");
            });
        }
    }

    private static async Task<string?> HelloAsync(HttpClient client) =>
        (await ApiTestBase.GetAsync<JsonElement>(client, "/api/v1/plugins/greeter/hello")).GetProperty("text").GetString();
}
