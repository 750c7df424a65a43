using System.Data.Common;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>
/// A real plugin with a table of its own (the Notes test plugin), on SQLite and on PostgreSQL: its migrations run at
/// start with a history of its own, its install and upgrade hooks run once each, an upgrade migrates its data, a purge
/// removes it, and a plugin whose data cannot be prepared fails alone.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class PluginDataTests(string provider)
{
    private string _dataPath = "";
    private Dictionary<string, string?> _settings = [];

    [SetUp]
    public async Task CreateDataAsync()
    {
        _dataPath = ServiceDeskServer.NewDataPath();
        _settings = new Dictionary<string, string?> { ["ServiceDesk:Plugins:notes:HookFile"] = Path.Combine(_dataPath, "hooks.txt") };
        if (provider == "postgres")
        {
            // One database for every restart of the test.
            _settings["ServiceDesk:Database:ConnectionString"] = await TestPostgres.CreateDatabaseAsync();
        }
    }

    [TearDown]
    public void RemoveData() => Directory.Delete(_dataPath, recursive: true);

    [Test]
    public async Task APluginsTable_IsMigrated_Upgraded_AndPurged_WithItsHooksRunOnce()
    {
        TestPlugins.Install(_dataPath, "Notes", "notes", "1.0.0");
        await using (var server = await StartAsync())
        {
            using var admin = await server.AgentAsync("admin");
            await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/plugins/notes/", new { text = "Printer fleet renewal in May" }), HttpStatusCode.OK);
            Assert.Multiple(async () =>
            {
                Assert.That(await NotesAsync(admin), Is.EqualTo(new[] { "installed 1.0.0", "Printer fleet renewal in May" }));
                Assert.That(await CountAsync(server, PluginDatabase.HistoryTableOf("notes")), Is.EqualTo(1));
            });
        }

        await using (var server = await StartAsync())
        {
            using var admin = await server.AgentAsync("admin");
            Assert.That(await NotesAsync(admin), Is.EqualTo(new[] { "installed 1.0.0", "Printer fleet renewal in May" }), "no hook runs again");
        }

        TestPlugins.Install(_dataPath, "NotesNext", "notes", "1.1.0");
        await using (var server = await StartAsync())
        {
            using var admin = await server.AgentAsync("admin");
            var notes = await ApiTestBase.GetAsync<JsonElement>(admin, "/api/v1/plugins/notes/");
            var purged = await admin.DeleteAsync("/api/v1/plugins/notes?purge=true");
            await ApiTestBase.ExpectAsync(purged, HttpStatusCode.OK);
            var message = (await purged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();

            Assert.Multiple(async () =>
            {
                Assert.That(notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()),
                    Is.EqualTo(new[] { "installed 1.0.0", "Printer fleet renewal in May", "upgraded from 1.0.0 to 1.1.0" }));
                Assert.That(notes.EnumerateArray().Select(n => n.GetProperty("pinned").GetBoolean()), Is.All.False, "the new column, filled in for old notes");
                Assert.That(message, Is.EqualTo("Uninstalled plugin 'notes' 1.1.0; its data is removed. Its files are removed when the service restarts."));
                Assert.That(await File.ReadAllTextAsync(Path.Combine(_dataPath, "hooks.txt")), Is.EqualTo("uninstall purge=True notes=3\n"));
                Assert.That(await CountAsync(server, "Notes_Entries"), Is.Null, "the plugin's table is dropped");
                Assert.That(await CountAsync(server, PluginDatabase.HistoryTableOf("notes")), Is.Null, "its history table is dropped");
                Assert.That(await CountAsync(server, "PluginInstallations"), Is.Zero);
            });
        }

        await using (var server = await StartAsync())
        {
            using var admin = await server.AgentAsync("admin");
            var plugins = await ApiTestBase.GetAsync<List<PluginInfo>>(admin, "/api/v1/plugins");
            Assert.Multiple(() =>
            {
                Assert.That(plugins.Select(p => p.Id), Has.No.Member("notes"));
                Assert.That(Directory.Exists(Path.Combine(_dataPath, "plugins", "notes")), Is.False);
            });
        }
    }

    [Test]
    public async Task APluginWhoseDataCannotBePrepared_IsFailedWithTheReason_AndAnswersNoMore_WhileTheHostServes()
    {
        TestPlugins.Install(_dataPath, "Notes", "notes", "1.0.0");
        await using (var first = await StartWithoutPluginsAsync())
        {
            // A table of that name is there already, so the plugin's first migration cannot create it.
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Database
                .ExecuteSqlRawAsync("CREATE TABLE \"Notes_Entries\" (\"Something\" INTEGER)");
        }

        await using var server = await StartAsync();
        using var admin = await server.AgentAsync("admin");
        var plugin = (await ApiTestBase.GetAsync<List<PluginInfo>>(admin, "/api/v1/plugins")).Single(p => p.Id == "notes");
        var notes = await admin.GetAsync("/api/v1/plugins/notes/");

        Assert.Multiple(async () =>
        {
            Assert.That(plugin.Status, Is.EqualTo(PluginStatus.Failed));
            Assert.That(plugin.Reason, Does.StartWith("Preparing its data failed: "));
            Assert.That(notes.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That((await admin.GetAsync("/api/v1/queues")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await CountAsync(server, "PluginInstallations"), Is.Zero, "its install hook did not count as run");
        });
    }

    private Task<ServiceDeskServer> StartAsync() => ServiceDeskServer.StartAsync(provider, _settings, dataPath: _dataPath);

    private Task<ServiceDeskServer> StartWithoutPluginsAsync() =>
        ServiceDeskServer.StartAsync(provider, new Dictionary<string, string?>(_settings) { ["ServiceDesk:Plugins:notes:Enabled"] = "false" }, dataPath: _dataPath);

    private static async Task<IReadOnlyList<string?>> NotesAsync(HttpClient client) =>
        (await ApiTestBase.GetAsync<JsonElement>(client, "/api/v1/plugins/notes/")).EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();

    // The rows of a table, or null when there is no such table.
    private static async Task<int?> CountAsync(ServiceDeskServer server, string table)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        // The table's name comes from this test, not from input.
        var sql = "SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"" + table + "\"";
        try
        {
            return await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
        }
        catch (DbException)
        {
            return null;
        }
    }
}
