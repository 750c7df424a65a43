using System.Net;
using System.Text.Json;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>
/// The Ticker test plugin's jobs on real servers, on SQLite and PostgreSQL: two nodes on one database run each
/// occurrence of a recurring job once, a delayed job outlives the node that scheduled it and runs when due beside a long
/// recurring run, and a failing one is retried, given up, shown to administrators and started again by one.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class DurableJobTests(string provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string _dataPath = "";
    private string _file = "";
    private Dictionary<string, string?> _settings = [];

    [SetUp]
    public async Task CreateDataAsync()
    {
        _dataPath = ServiceDeskServer.NewDataPath();
        _file = Path.Combine(_dataPath, "jobs.txt");
        TestPlugins.Install(_dataPath, "Ticker", "ticker", "1.0.0");
        _settings = new Dictionary<string, string?>
        {
            ["ServiceDesk:Plugins:ticker:File"] = _file,
            ["ServiceDesk:Jobs:PollMilliseconds"] = "50",
            ["ServiceDesk:Jobs:FirstRetrySeconds"] = "0.05",
            ["ServiceDesk:Jobs:MaxAttempts"] = "3",
        };
        if (provider == "postgres")
        {
            _settings["ServiceDesk:Database:ConnectionString"] = await TestPostgres.CreateDatabaseAsync();
        }
    }

    [TearDown]
    public void RemoveData() => Directory.Delete(_dataPath, recursive: true);

    [Test]
    public async Task TwoNodes_RunEachOccurrenceOfARecurringJob_Once()
    {
        IReadOnlyList<string> ticks;
        await using (var first = await StartAsync("first"))
        await using (var second = await StartAsync("second"))
        {
            ticks = await LinesAsync("tick", lines => lines.Select(l => l.Split(' ')[1]).Distinct().Count() >= 4);
        }

        var occurrences = ticks.Select(l => l.Split(' ')[1]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(occurrences.Distinct().Count(), Is.GreaterThanOrEqualTo(4));
            Assert.That(occurrences, Is.Unique, "an occurrence ran on both nodes");
        });
    }

    [Test]
    public async Task ARunLongerThanTheLease_KeepsItsClaim_AndRunsOnOneNodeOnly()
    {
        // Each run takes three leases; without its renewals, the other node would take the same occurrence over.
        _settings["ServiceDesk:Jobs:LeaseSeconds"] = "1";
        _settings["ServiceDesk:Plugins:ticker:TickMilliseconds"] = "3000";
        IReadOnlyList<string> starts;
        await using (var first = await StartAsync("first"))
        await using (var second = await StartAsync("second"))
        {
            await LinesAsync("tick", lines => lines.Count >= 2);
            starts = await LinesAsync("start", _ => true);
        }

        var occurrences = starts.Select(l => l.Split(' ')[1]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(occurrences, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(occurrences, Is.Unique, "an occurrence was taken over while it ran");
        });
    }

    [Test]
    public async Task ADelayedJob_OutlivesTheNodeThatScheduledIt_AndRunsOnce()
    {
        await using (var first = await StartAsync("first"))
        {
            using var admin = await first.AgentAsync("admin");
            await ScheduleAsync(admin, "after-restart", delayMs: 1_500);
        }

        await using var second = await StartAsync("second");
        using var client = await second.AgentAsync("admin");
        var lines = await LinesAsync("later", lines => lines.Count >= 1);
        await Task.Delay(500);
        var done = await ApiTestBase.GetAsync<List<DelayedJobInfo>>(client, "/api/v1/jobs/delayed?state=Done");

        Assert.Multiple(async () =>
        {
            Assert.That(await LinesAsync("later", _ => true), Is.EqualTo(new[] { "later after-restart 1 second" }));
            Assert.That(done.Select(j => j.Name), Is.EqualTo(new[] { "ticker:later" }));
            Assert.That(lines, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task ADelayedJob_RunsWhenDue_WhileARecurringRunLasts()
    {
        // Each tick takes a minute, as the email channel's run listens for minutes.
        _settings["ServiceDesk:Plugins:ticker:TickMilliseconds"] = "60000";
        await using var server = await StartAsync("only");
        using var admin = await server.AgentAsync("admin");
        await LinesAsync("start", lines => lines.Count >= 1);

        await ScheduleAsync(admin, "beside-the-tick", delayMs: 0);
        var later = await LinesAsync("later", lines => lines.Count >= 1);

        Assert.Multiple(async () =>
        {
            Assert.That(later, Is.EqualTo(new[] { "later beside-the-tick 1 only" }));
            Assert.That(await LinesAsync("tick", _ => true), Is.Empty, "the recurring run was still going on");
        });
    }

    [Test]
    public async Task AFailingDelayedJob_IsRetried_GivenUp_Shown_AndStartedAgainByAnAdministrator()
    {
        await using var server = await StartAsync("only");
        using var admin = await server.AgentAsync("admin");
        var id = await ScheduleAsync(admin, "fail-on-purpose", delayMs: 0);

        await LinesAsync("later", lines => lines.Count >= 3);
        var givenUp = await UntilAsync(() => ApiTestBase.GetAsync<List<DelayedJobInfo>>(admin, "/api/v1/jobs/delayed?state=GivenUp"), jobs => jobs.Count == 1);
        var retried = await admin.PostAsync($"/api/v1/jobs/delayed/{id}/retry", null);
        var again = await LinesAsync("later", lines => lines.Count >= 6);
        var recurring = await ApiTestBase.GetAsync<List<RecurringJobInfo>>(admin, "/api/v1/jobs/recurring");

        Assert.Multiple(() =>
        {
            Assert.That(givenUp.Single().Id, Is.EqualTo(id));
            Assert.That(givenUp.Single().Attempts, Is.EqualTo(3));
            Assert.That(givenUp.Single().LastError, Is.EqualTo("InvalidOperationException: Told to fail."));
            Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(again.Take(6).Select(l => l.Split(' ')[2]), Is.EqualTo(new[] { "1", "2", "3", "1", "2", "3" }));
            Assert.That(recurring.Select(j => (j.Name, j.Cron, j.Registered)), Is.EqualTo(new[] { ("core:retention", "40 3 * * *", true), ("ticker:tick", "* * * * * *", true) }));
        });
    }

    [Test]
    public async Task APluginWithAScheduleThatIsNoSchedule_IsFailedWithTheReason()
    {
        _settings["ServiceDesk:Plugins:ticker:Cron"] = "every morning";
        await using var server = await StartAsync("only");
        using var admin = await server.AgentAsync("admin");

        var ticker = (await ApiTestBase.GetAsync<List<PluginInfo>>(admin, "/api/v1/plugins")).Single(p => p.Id == "ticker");

        Assert.Multiple(() =>
        {
            Assert.That(ticker.Status, Is.EqualTo(PluginStatus.Failed));
            Assert.That(ticker.Reason, Does.StartWith("Its start failed: FormatException: 'every morning' is not a cron schedule"));
        });
    }

    private Task<ServiceDeskServer> StartAsync(string node) =>
        ServiceDeskServer.StartAsync(provider, new Dictionary<string, string?>(_settings) { ["ServiceDesk:Plugins:ticker:Node"] = node }, dataPath: _dataPath);

    private static async Task<long> ScheduleAsync(HttpClient client, string text, int delayMs)
    {
        var response = await client.PostAsJsonAsync("/api/v1/plugins/ticker/later", new { text, delayMs });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    // The file's lines of one kind ("tick" or "later"), read again until `done` holds or the patience runs out.
    private async Task<IReadOnlyList<string>> LinesAsync(string kind, Func<IReadOnlyList<string>, bool> done)
    {
        var lines = await TestPlugins.RecordedAsync(_file, all => done(all.Where(l => l.StartsWith(kind + " ", StringComparison.Ordinal)).ToList()), Patience);
        return lines.Where(l => l.StartsWith(kind + " ", StringComparison.Ordinal)).ToList();
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
