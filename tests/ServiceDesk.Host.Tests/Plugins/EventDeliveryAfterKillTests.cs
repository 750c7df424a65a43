using System.Net;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>The real server is killed while a plugin's handler works through events; after a restart none is lost.</summary>
public sealed class EventDeliveryAfterKillTests
{
    private const int Tickets = 40;

    private CliProcess _cli = null!;

    [SetUp]
    public void CreateDataDirectory() =>
        _cli = new CliProcess(Path.Combine(Path.GetTempPath(), "servicedesk-kill-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveDataDirectory() => Directory.Delete(_cli.DataPath, recursive: true);

    [Test]
    public async Task KilledDuringDispatch_EveryEventIsStillDelivered_AfterTheRestart()
    {
        TestPlugins.Install(_cli.DataPath, "Recorder", "recorder", "1.0.0");
        var file = Path.Combine(_cli.DataPath, "events.txt");
        string[] settings =
        [
            $"--ServiceDesk:Plugins:recorder:File={file}",
            "--ServiceDesk:Plugins:recorder:DelayMs=100",
            "--ServiceDesk:Events:PollMilliseconds=50",
            // A killed node's claims run out after this; the restarted one then takes them over.
            "--ServiceDesk:Events:LeaseSeconds=2",
        ];
        var created = await _cli.RunAsync(["token", "create", "--user", "admin", .. settings]);
        Assert.That(created.ExitCode, Is.Zero, created.Error);
        // The first command on a new database also reports the migrations and the admin password: the token comes last.
        var token = created.Output.Trim().Split('\n')[^1];

        var numbers = new List<string>();
        int recordedBeforeKill;
        using (var first = _cli.StartServer(out var address, settings))
        {
            using var client = CliProcess.Client(address, token);
            await CliProcess.WaitForHealthAsync(client);
            for (var i = 0; i < Tickets; i++)
            {
                var ticket = await client.PostAsJsonAsync("/api/v1/tickets",
                    new { title = $"Kill test {i}", queue = "Misc", customer = new { email = "kill@example.com" }, body = "Deliver me." });
                Assert.That(ticket.StatusCode, Is.EqualTo(HttpStatusCode.Created));
                numbers.Add((await ticket.Content.ReadFromJsonAsync<TicketDetails>(ApiTestBase.Json))!.Summary.Number);
            }

            recordedBeforeKill = (await TestPlugins.RecordedAsync(file, lines => lines.Count >= 5, TimeSpan.FromSeconds(30))).Count;
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        IReadOnlyList<string> recorded;
        using (var second = _cli.StartServer(out var address, settings))
        {
            using var client = CliProcess.Client(address, token);
            await CliProcess.WaitForHealthAsync(client);
            recorded = await TestPlugins.RecordedAsync(file, lines => numbers.All(n => lines.Any(l => l.Contains($" {n} "))), TimeSpan.FromSeconds(60));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(recordedBeforeKill, Is.LessThan(Tickets), "the server was killed with events still to deliver");
            Assert.That(numbers.Where(n => !recorded.Any(l => l.Contains($" {n} "))), Is.Empty, "events never delivered");
        });
    }
}
