using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class HistoryAndOutboxTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task HistoryRows_CannotBeChangedOrDeleted_EvenDirectlyInTheDatabase()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Immutable history"));
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var id = ticket.Summary.Id;

        var update = Assert.CatchAsync(() => db.Database.ExecuteSqlAsync($"UPDATE \"History\" SET \"ActorName\" = 'forger' WHERE \"TicketId\" = {id}"));
        var delete = Assert.CatchAsync(() => db.Database.ExecuteSqlAsync($"DELETE FROM \"History\" WHERE \"TicketId\" = {id}"));
        var remaining = await db.History.CountAsync(h => h.TicketId == id && h.ActorName != "forger");

        Assert.Multiple(() =>
        {
            Assert.That(update!.ToString(), Does.Contain("history entries are immutable"));
            Assert.That(delete!.ToString(), Does.Contain("history entries are immutable"));
            Assert.That(remaining, Is.EqualTo(2), "the creation and its first article");
        });
    }

    [Test]
    public async Task EveryChange_RecordsItsEvents_WithTheChange()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Events"));
        await ExpectAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}/articles", new { body = "On it." }, Json), System.Net.HttpStatusCode.Created);
        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}", new { priority = 5 }, Json), System.Net.HttpStatusCode.OK);

        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var events = await db.Outbox.Where(m => m.TicketId == ticket.Summary.Id).OrderBy(m => m.Id).Select(m => m.EventType).ToListAsync();

        Assert.That(events.Select(e => e[(e.LastIndexOf('.') + 1)..]), Is.EqualTo(new[]
        {
            "TicketCreated", "TicketStateChanged", "ArticleAdded", "TicketPriorityChanged",
        }));
    }
}
