using System.Net;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

/// <summary>
/// Ticket creation reads queues and states from memory. A change made through the same node counts from the next
/// request on; a change made through another node on the same database counts once the kept copy expires.
/// </summary>
public sealed class ReferenceCacheTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task AQueueChangedOnThisNode_CountsForTheNextTicketAtOnce()
    {
        var queue = await CreateQueueAsync("Cached printers");
        await CreateTicketAsync(Admin, NewTicket("Before the change", queue: queue.Name));

        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/queues/{queue.Id}", new { defaultPriority = 5 }, Json), HttpStatusCode.OK);
        var urgent = await CreateTicketAsync(Admin, NewTicket("After the change", queue: queue.Name));
        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/queues/{queue.Id}", new { isActive = false }, Json), HttpStatusCode.OK);
        var refused = await Admin.PostAsJsonAsync("/api/v1/tickets", NewTicket("Into an inactive queue", queue: queue.Name), Json);

        Assert.Multiple(async () =>
        {
            Assert.That(urgent.Summary.Priority, Is.EqualTo(TicketPriority.VeryHigh));
            var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").GetProperty("queue")[0].GetString(), Does.Contain("no active queue"));
        });
    }

    [Test]
    public async Task AStateDeactivatedOnThisNode_IsRefusedForTheNextTicketAtOnce()
    {
        var created = await Admin.PostAsJsonAsync("/api/v1/states", new { name = "open by phone", type = StateType.Open }, Json);
        var state = (await created.Content.ReadFromJsonAsync<StateInfo>(Json))!;
        await CreateTicketAsync(Admin, new { title = "By phone", queue = "Misc", customer = new { email = "caller@example.com" }, body = "Called.", state = state.Name });

        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/states/{state.Id}", new { isActive = false }, Json), HttpStatusCode.OK);
        var refused = await Admin.PostAsJsonAsync(
            "/api/v1/tickets", new { title = "By phone again", queue = "Misc", customer = new { email = "caller@example.com" }, body = "Called.", state = state.Name }, Json);

        var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").GetProperty("state")[0].GetString(), Does.Contain("no active state"));
    }

    [Test]
    public async Task AQueueDeactivatedOnAnotherNode_IsRefusedHereOnceTheKeptCopyExpires()
    {
        var queue = await CreateQueueAsync("Cached network");
        await CreateTicketAsync(Admin, NewTicket("Warms the kept copy", queue: queue.Name));
        var clock = new ShiftedTimeProvider(TimeSpan.Zero);
        await using var secondNode = await ServiceDeskServer.StartAsync(
            Provider, new Dictionary<string, string?> { ["ServiceDesk:Database:ConnectionString"] = Server.ConnectionString }, clock);
        var secondAdmin = await secondNode.AgentAsync("admin");
        await CreateTicketAsync(secondAdmin, NewTicket("Warms the second node", queue: queue.Name));

        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/queues/{queue.Id}", new { isActive = false }, Json), HttpStatusCode.OK);
        var stillKept = await secondAdmin.PostAsJsonAsync("/api/v1/tickets", NewTicket("Within the lifetime", queue: queue.Name), Json);
        clock.Shift += ServiceDesk.Core.Tickets.ReferenceCache.Lifetime;
        var refused = await secondAdmin.PostAsJsonAsync("/api/v1/tickets", NewTicket("After the lifetime", queue: queue.Name), Json);

        await ExpectAsync(stillKept, HttpStatusCode.Created);
        await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
    }

    private async Task<QueueInfo> CreateQueueAsync(string name)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/queues", new { name }, Json);
        await ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<QueueInfo>(Json))!;
    }
}
