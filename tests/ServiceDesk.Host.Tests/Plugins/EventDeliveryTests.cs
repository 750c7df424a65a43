using System.Net;
using System.Text.Json;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>
/// Events reach the handlers of a real plugin after commit: every event to every handler, a failing handler retried
/// with its error on record and given up after the last attempt, without holding up the others or undoing the change.
/// </summary>
public sealed class EventDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private ServiceDeskServer _server = null!;
    private HttpClient _admin = null!;
    private string _file = "";

    private string _dataPath = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _dataPath = ServiceDeskServer.NewDataPath();
        TestPlugins.Install(_dataPath, "Recorder", "recorder", "1.0.0");
        _file = Path.Combine(_dataPath, "events.txt");
        _server = await ServiceDeskServer.StartAsync("sqlite", new Dictionary<string, string?>
        {
            ["ServiceDesk:Plugins:recorder:File"] = _file,
            ["ServiceDesk:Plugins:recorder:Misbehave"] = "true",
            ["ServiceDesk:Events:PollMilliseconds"] = "50",
            ["ServiceDesk:Events:FirstRetrySeconds"] = "0.05",
            ["ServiceDesk:Events:MaxAttempts"] = "3",
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
    public async Task EveryEvent_ReachesEveryHandler_TheFlakyOneAfterItsRetries()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add((await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket($"Event {i}", "events@example.com"))).Summary.Number);
        }

        var lines = await WaitForLinesAsync(l => numbers.All(n => Handled(l, "recorded", n) && Handled(l, "flaky", n)));

        Assert.Multiple(() =>
        {
            foreach (var number in numbers)
            {
                Assert.That(lines.Count(l => l.Contains($" {number} ") && l.StartsWith("recorded", StringComparison.Ordinal)), Is.EqualTo(1), number);
                Assert.That(lines.Single(l => l.Contains($" {number} ") && l.StartsWith("flaky", StringComparison.Ordinal)),
                    Does.EndWith($" {3}"), "the flaky handler got through on its third attempt");
            }
        });
    }

    [Test]
    public async Task AHandlerThatAlwaysFails_IsGivenUp_WithItsError_AndCanBeStartedAgain()
    {
        var ticket = await ApiTestBase.CreateTicketAsync(_admin, ApiTestBase.NewTicket("Refused event", "refused@example.com"));
        var givenUp = await WaitForDeliveryAsync(EventDeliveryState.GivenUp, ticket.Summary.Id);

        var retry = await _admin.PostAsync($"/api/v1/event-deliveries/{givenUp.Id}/retry", null);
        var again = await WaitForDeliveryAsync(EventDeliveryState.GivenUp, ticket.Summary.Id, after: givenUp.GaveUpAt);

        Assert.Multiple(async () =>
        {
            Assert.That(givenUp.Handler, Is.EqualTo("recorder:ServiceDesk.TestPlugins.Recorder.RefusingHandler"));
            Assert.That(givenUp.EventType, Is.EqualTo("TicketCreated"));
            Assert.That(givenUp.Attempts, Is.EqualTo(3));
            Assert.That(givenUp.LastError, Is.EqualTo($"InvalidOperationException: Refused ticket {ticket.Summary.Number}."));
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(again.Id, Is.EqualTo(givenUp.Id));
            Assert.That(again.Attempts, Is.EqualTo(3), "three more attempts after the retry");
            // The change itself stands, and the other handlers got the event.
            Assert.That((await _admin.GetAsync($"/api/v1/tickets/{ticket.Summary.Number}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Handled(await WaitForLinesAsync(l => Handled(l, "recorded", ticket.Summary.Number)), "recorded", ticket.Summary.Number), Is.True);
        });
    }

    [Test]
    public async Task Deliveries_AreForAdministratorsOnly_AndOnlyGivenUpOnesCanBeRetried()
    {
        using var agent = (await _server.NewAgentAsync("event.watcher", new Dictionary<string, ServiceDesk.Abstractions.Security.Permission>())).Client;

        Assert.Multiple(async () =>
        {
            Assert.That((await agent.GetAsync("/api/v1/event-deliveries")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await _admin.PostAsync("/api/v1/event-deliveries/999999/retry", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await _admin.GetAsync("/api/v1/event-deliveries?state=sideways")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    // A line of the recorder's file: handler, event id, ticket number, attempt.
    private static bool Handled(IReadOnlyList<string> lines, string handler, string number) =>
        lines.Any(l => l.StartsWith(handler + " ", StringComparison.Ordinal) && l.Contains($" {number} ", StringComparison.Ordinal));

    private Task<IReadOnlyList<string>> WaitForLinesAsync(Func<IReadOnlyList<string>, bool> done) =>
        TestPlugins.RecordedAsync(_file, done, Patience);

    private async Task<EventDeliveryInfo> WaitForDeliveryAsync(EventDeliveryState state, long ticketId, DateTimeOffset? after = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var deliveries = await ApiTestBase.GetAsync<List<EventDeliveryInfo>>(_admin, $"/api/v1/event-deliveries?state={state}");
            if (deliveries.FirstOrDefault(d => d.TicketId == ticketId && (after is null || d.GaveUpAt > after)) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new AssertionException($"No {state} delivery for ticket {ticketId} within {Patience.TotalSeconds} s.");
    }
}
