using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>
/// A node that stops gracefully in the middle of a round of delayed jobs or event deliveries gives back what it claimed
/// and did not finish, and records what it finished: with a lease of five minutes, the next node runs the rest within
/// seconds, and nothing that finished runs twice; on SQLite and PostgreSQL, with the Ticker and Recorder test plugins.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class GracefulStopTests(string provider)
{
    // Far longer than the test waits: whatever the next node runs, it was given back, not taken over after the lease.
    private const string LeaseSeconds = "300";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string _dataPath = "";
    private string _jobsFile = "";
    private string _eventsFile = "";
    private Dictionary<string, string?> _settings = [];

    [SetUp]
    public async Task CreateDataAsync()
    {
        _dataPath = ServiceDeskServer.NewDataPath();
        _jobsFile = Path.Combine(_dataPath, "jobs.txt");
        _eventsFile = Path.Combine(_dataPath, "events.txt");
        TestPlugins.Install(_dataPath, "Ticker", "ticker", "1.0.0");
        TestPlugins.Install(_dataPath, "Recorder", "recorder", "1.0.0");
        _settings = new Dictionary<string, string?>
        {
            ["ServiceDesk:Plugins:ticker:File"] = _jobsFile,
            ["ServiceDesk:Plugins:recorder:File"] = _eventsFile,
            ["ServiceDesk:Jobs:PollMilliseconds"] = "50",
            ["ServiceDesk:Jobs:LeaseSeconds"] = LeaseSeconds,
            ["ServiceDesk:Events:PollMilliseconds"] = "50",
            ["ServiceDesk:Events:LeaseSeconds"] = LeaseSeconds,
        };
        if (provider == "postgres")
        {
            _settings["ServiceDesk:Database:ConnectionString"] = await TestPostgres.CreateDatabaseAsync();
        }
    }

    [TearDown]
    public void RemoveData() => Directory.Delete(_dataPath, recursive: true);

    [Test]
    public async Task DelayedJobsClaimedByAStoppingNode_RunOnTheNextNode_WithinSeconds_AndTheOneThatFinished_DoesNotRunAgain()
    {
        bool waitingWasClaimed;
        await using (var first = await StartAsync("first", slowMilliseconds: 600_000))
        {
            // Due together, so that one claim takes all three: "quick" finishes, "slow" runs when the node stops, and
            // "waiting" has not started.
            await AddJobsAsync(first, "quick", "slow", "waiting");
            await LaterLinesAsync(lines => lines.Contains("later slow 1 first"));
            waitingWasClaimed = await ClaimedAsync(first, "waiting");
        }

        IReadOnlyList<string> later;
        List<DelayedJobInfo> done;
        await using (var second = await StartAsync("second", slowMilliseconds: 0))
        {
            later = await LaterLinesAsync(lines => lines.Contains("later slow 1 second") && lines.Contains("later waiting 1 second"));
            using var admin = await second.AgentAsync("admin");
            done = await ApiTestBase.GetAsync<List<DelayedJobInfo>>(admin, "/api/v1/jobs/delayed?state=Done");
        }

        Assert.Multiple(() =>
        {
            Assert.That(waitingWasClaimed, Is.True, "the stopping node had claimed the job it had not started");
            Assert.That(later, Is.EquivalentTo(new[]
            {
                "later quick 1 first", "later slow 1 first", "later slow 1 second", "later waiting 1 second",
            }), "given back at the stop, within seconds of a five-minute lease; the stop was no failed attempt; quick ran once");
            Assert.That(done, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task AJobThatAnotherNodeTookOver_StaysItsClaim_WhenTheStalledNodeStops()
    {
        var other = Guid.NewGuid();
        DelayedJob job;
        await using (var first = await StartAsync("first", slowMilliseconds: 600_000))
        {
            await AddJobsAsync(first, "slow");
            await LaterLinesAsync(lines => lines.Contains("later slow 1 first"));
            // As if this node had stalled past its lease, and another had claimed the run since.
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().DelayedJobs.ExecuteUpdateAsync(j => j
                .SetProperty(x => x.ClaimedBy, other)
                .SetProperty(x => x.LeaseUntil, DateTime.UtcNow.AddMinutes(5)));
        }

        await using (var second = await StartAsync("second", slowMilliseconds: 0))
        {
            await using var scope = second.Services.CreateAsyncScope();
            job = await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().DelayedJobs.AsNoTracking().SingleAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(job.ClaimedBy, Is.EqualTo(other), "the stopping node gave back only its own claim");
            Assert.That(job.FinishedAt, Is.Null);
        });
    }

    [Test]
    public async Task AnEventDeliveryClaimedByAStoppingNode_RunsOnTheNextNode_WithinSeconds_AndTheOneThatFinished_IsNotDeliveredAgain()
    {
        string number;
        await using (var first = await StartAsync("first", slowMilliseconds: 600_000))
        {
            using var admin = await first.AgentAsync("admin");
            number = (await ApiTestBase.CreateTicketAsync(admin, ApiTestBase.NewTicket("Slow handler", "slow@example.com"))).Summary.Number;
            // The recording handler's delivery has run; the slow handler's, claimed in the same round, runs when the node stops.
            await EventLinesAsync(lines => Handled(lines, "recorded", number) == 1 && Handled(lines, "slow-start", number) == 1);
        }

        IReadOnlyList<string> lines;
        await using (var second = await StartAsync("second", slowMilliseconds: 0))
        {
            lines = await EventLinesAsync(lines => Handled(lines, "slow", number) == 1);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Handled(lines, "slow", number), Is.EqualTo(1), "given back at the stop, and delivered within seconds of a five-minute lease");
            Assert.That(lines.Single(l => l.StartsWith("slow ", StringComparison.Ordinal)), Does.EndWith(" 1"), "the stop was no failed attempt");
            Assert.That(Handled(lines, "slow-start", number), Is.EqualTo(2));
            Assert.That(Handled(lines, "recorded", number), Is.EqualTo(1), "the delivery that finished before the stop is not run again");
        });
    }

    private Task<ServiceDeskServer> StartAsync(string node, int slowMilliseconds) =>
        ServiceDeskServer.StartAsync(provider, new Dictionary<string, string?>(_settings)
        {
            ["ServiceDesk:Plugins:ticker:Node"] = node,
            ["ServiceDesk:Plugins:ticker:SlowLaterMilliseconds"] = slowMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceDesk:Plugins:recorder:SlowMs"] = slowMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, dataPath: _dataPath);

    // Runs of the Ticker's delayed job, written in one save with one due time, in this order.
    private static async Task AddJobsAsync(ServiceDeskServer server, params string[] texts)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var now = DateTime.UtcNow;
        foreach (var text in texts)
        {
            db.DelayedJobs.Add(new DelayedJob { Name = "ticker:later", Payload = $$"""{"text":"{{text}}"}""", CreatedAt = now, DueAt = now, NextAttemptAt = now });
        }

        await db.SaveChangesAsync();
    }

    private static async Task<bool> ClaimedAsync(ServiceDeskServer server, string text)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var payload = $$"""{"text":"{{text}}"}""";
        return await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().DelayedJobs.AnyAsync(j => j.Payload == payload && j.ClaimedBy != null);
    }

    private async Task<IReadOnlyList<string>> LaterLinesAsync(Func<IReadOnlyList<string>, bool> done)
    {
        var lines = await TestPlugins.RecordedAsync(_jobsFile, all => done(Later(all)), Patience);
        return Later(lines);

        static List<string> Later(IReadOnlyList<string> all) => all.Where(l => l.StartsWith("later ", StringComparison.Ordinal)).ToList();
    }

    private Task<IReadOnlyList<string>> EventLinesAsync(Func<IReadOnlyList<string>, bool> done) => TestPlugins.RecordedAsync(_eventsFile, done, Patience);

    // How many of the Recorder's lines (handler, event id, ticket number, attempt) say this handler had this ticket's event.
    private static int Handled(IReadOnlyList<string> lines, string handler, string number) =>
        lines.Count(l => l.StartsWith(handler + " ", StringComparison.Ordinal) && l.Contains($" {number} ", StringComparison.Ordinal));
}
