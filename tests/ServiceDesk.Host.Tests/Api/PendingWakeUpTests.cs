using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Jobs;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class PendingWakeUpTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task PendingReminder_OpensTheTicketAtItsTime_NotBefore()
    {
        var number = await PendingTicketAsync("pending reminder", TimeSpan.FromHours(1));

        await ProcessAtAsync(TimeSpan.FromMinutes(30));
        var stateEarly = (await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}")).Summary.State;
        var woken = await ProcessAtAsync(TimeSpan.FromHours(2));
        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");
        var history = await GetAsync<List<HistoryEntryInfo>>(Admin, $"/api/v1/tickets/{number}/history");

        Assert.Multiple(async () =>
        {
            Assert.That(stateEarly, Is.EqualTo("pending reminder"));
            Assert.That(woken, Is.GreaterThanOrEqualTo(1));
            Assert.That(after.Summary.State, Is.EqualTo("open"));
            Assert.That(after.PendingUntil, Is.Null);
            Assert.That(history.Last(h => h.Type == HistoryTypes.StateUpdate).ActorName, Is.EqualTo("system"));
            Assert.That(await OutboxCountAsync(after.Summary.Id, "TicketPendingTimeReached"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task PendingAutoClose_ClosesTheTicket_OnlyOnce()
    {
        var number = await PendingTicketAsync("pending auto close+", TimeSpan.FromHours(1));

        await ProcessAtAsync(TimeSpan.FromHours(2));
        await ProcessAtAsync(TimeSpan.FromHours(3));
        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");

        Assert.Multiple(async () =>
        {
            Assert.That(after.Summary.StateType, Is.EqualTo(StateType.ClosedSuccessful));
            Assert.That(after.ClosedAt, Is.Not.Null);
            Assert.That(await OutboxCountAsync(after.Summary.Id, "TicketClosed"), Is.EqualTo(1));
        });
    }

    private async Task<string> PendingTicketAsync(string state, TimeSpan after)
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket($"Waiting ({state})"));
        var response = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}",
            new { state, pendingUntil = DateTimeOffset.UtcNow + after }, Json);
        await ExpectAsync(response, HttpStatusCode.OK);
        return ticket.Summary.Number;
    }

    private async Task<int> ProcessAtAsync(TimeSpan shift)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var processor = ActivatorUtilities.CreateInstance<PendingTicketProcessor>(scope.ServiceProvider, new ShiftedTimeProvider(shift));
        return await processor.ProcessDueAsync(CancellationToken.None);
    }

    private async Task<int> OutboxCountAsync(long ticketId, string eventName)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        return await db.Outbox.CountAsync(m => m.TicketId == ticketId && m.EventType.EndsWith("." + eventName));
    }
}
