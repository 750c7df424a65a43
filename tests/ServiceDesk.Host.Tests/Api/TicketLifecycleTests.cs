using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class TicketLifecycleTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task CreatedTicket_HasADateBasedUniqueNumber_AndTheCustomerAsWritten()
    {
        var first = await CreateTicketAsync(Admin, NewTicket("VPN does not connect", "olga@example.com"));
        var second = await CreateTicketAsync(Admin, NewTicket("VPN again", "olga@example.com"));

        Assert.Multiple(() =>
        {
            Assert.That(first.Summary.Number, Does.Match(new Regex($"^{DateTime.UtcNow:yyyyMMdd}10\\d{{6,}}$")));
            Assert.That(second.Summary.Number, Is.Not.EqualTo(first.Summary.Number));
            Assert.That(first.Summary.State, Is.EqualTo("new"));
            Assert.That(first.Summary.Priority, Is.EqualTo(TicketPriority.Normal));
            Assert.That(first.Summary.CustomerEmail, Is.EqualTo("olga@example.com"));
            Assert.That(second.Summary.CustomerUserId, Is.EqualTo(first.Summary.CustomerUserId), "the same email is the same customer");
        });
    }

    [Test]
    public async Task ParallelCreation_GivesEveryTicketItsOwnNumber()
    {
        var tickets = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CreateTicketAsync(Admin, NewTicket($"Parallel {i}"))));

        Assert.That(tickets.Select(t => t.Summary.Number).Distinct().Count(), Is.EqualTo(20));
    }

    [Test]
    public async Task TwoServerNodes_OnOneDatabase_NeverHandOutTheSameNumber()
    {
        await using var secondNode = await ServiceDeskServer.StartAsync(Provider, new Dictionary<string, string?>
        {
            ["ServiceDesk:Database:ConnectionString"] = Server.ConnectionString,
        });
        var secondAdmin = await secondNode.AgentAsync("admin");

        var tickets = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(i => CreateTicketAsync(i % 2 == 0 ? Admin : secondAdmin, NewTicket($"Two nodes {i}"))));

        Assert.That(tickets.Select(t => t.Summary.Number).Distinct().Count(), Is.EqualTo(30));
    }

    [Test]
    public async Task Reply_OpensANewTicket_AndRecordsTheFirstResponse()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Monitor flickers"));
        var number = ticket.Summary.Number;

        var reply = await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "Please try another cable." }, Json);
        await ExpectAsync(reply, HttpStatusCode.Created);
        var note = await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "Cable stock is low.", @internal = true }, Json);
        await ExpectAsync(note, HttpStatusCode.Created);

        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");
        var articles = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{number}/articles");
        Assert.Multiple(() =>
        {
            Assert.That(after.Summary.State, Is.EqualTo("open"));
            Assert.That(after.FirstResponseAt, Is.Not.Null);
            Assert.That(after.Summary.Version, Is.GreaterThan(ticket.Summary.Version));
            Assert.That(articles.Select(a => a.Direction), Is.EqualTo(new[] { ArticleDirection.Incoming, ArticleDirection.Outgoing, ArticleDirection.Internal }));
            Assert.That(articles[2].VisibleToCustomer, Is.False);
        });
    }

    [Test]
    public async Task EveryChange_WritesHistory_WithOldAndNewValues()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Keyboard missing keys"));
        var number = ticket.Summary.Number;

        var patch = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { priority = 5, state = "open", queue = "Postmaster", tags = new[] { "hardware" } }, Json);
        await ExpectAsync(patch, HttpStatusCode.OK);

        var history = await GetAsync<List<HistoryEntryInfo>>(Admin, $"/api/v1/tickets/{number}/history");
        Assert.Multiple(() =>
        {
            Assert.That(history[0].Type, Is.EqualTo(HistoryTypes.TicketCreate));
            Assert.That(history, Has.Some.Matches<HistoryEntryInfo>(h => h.Type == HistoryTypes.PriorityUpdate && h.OldValue == "3" && h.NewValue == "5"));
            Assert.That(history, Has.Some.Matches<HistoryEntryInfo>(h => h.Type == HistoryTypes.StateUpdate && h.OldValue == "new" && h.NewValue == "open"));
            Assert.That(history, Has.Some.Matches<HistoryEntryInfo>(h => h.Type == HistoryTypes.Move && h.OldValue == "Misc" && h.NewValue == "Postmaster"));
            Assert.That(history.All(h => h.ActorName == "Admin"), Is.True);
        });
    }

    [Test]
    public async Task PendingState_NeedsATime_AndClosingUnlocks()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Waiting for a part"));
        var number = ticket.Summary.Number;

        var missing = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { state = "pending reminder" }, Json);
        var problem = await ProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("pendingUntil", out _), Is.True);

        var locked = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { locked = true }, Json);
        await ExpectAsync(locked, HttpStatusCode.OK);
        var closed = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { state = "closed successful" }, Json);
        await ExpectAsync(closed, HttpStatusCode.OK);

        var after = (await closed.Content.ReadFromJsonAsync<TicketDetails>(Json))!;
        Assert.Multiple(() =>
        {
            Assert.That(after.Summary.Locked, Is.False);
            Assert.That(after.Summary.OwnerId, Is.Not.Null, "locking an unowned ticket takes it");
            Assert.That(after.ClosedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task Search_FindsRussianAndEnglishText_InTitlesAndArticles()
    {
        var russian = await CreateTicketAsync(Admin, NewTicket("Не печатает принтер", body: "Принтер на третьем этаже выдаёт пустые листы."));
        var english = await CreateTicketAsync(Admin, NewTicket("Laptop battery", body: "The battery drains within an hour."));

        var byRussianTitle = await GetAsync<PagedResult<TicketSummary>>(Admin, "/api/v1/tickets?q=" + Uri.EscapeDataString("принтер"));
        var byRussianBody = await GetAsync<PagedResult<TicketSummary>>(Admin, "/api/v1/tickets?q=" + Uri.EscapeDataString("пустые листы"));
        var byEnglishBody = await GetAsync<PagedResult<TicketSummary>>(Admin, "/api/v1/tickets?q=drains%20hour");
        var nothing = await GetAsync<PagedResult<TicketSummary>>(Admin, "/api/v1/tickets?q=" + Uri.EscapeDataString("сканер"));

        Assert.Multiple(() =>
        {
            Assert.That(byRussianTitle.Items.Select(t => t.Number), Does.Contain(russian.Summary.Number).And.Not.Contain(english.Summary.Number));
            Assert.That(byRussianBody.Items.Select(t => t.Number), Does.Contain(russian.Summary.Number));
            Assert.That(byEnglishBody.Items.Select(t => t.Number), Is.EqualTo(new[] { english.Summary.Number }));
            Assert.That(nothing.Total, Is.Zero);
        });
    }

    [Test]
    public async Task List_FiltersSortsAndPages()
    {
        var tag = "paging-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 5; i++)
        {
            var ticket = await CreateTicketAsync(Admin, NewTicket($"Paged {i}"));
            await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}", new { tags = new[] { tag }, priority = i + 1 }, Json), HttpStatusCode.OK);
        }

        var page1 = await GetAsync<PagedResult<TicketSummary>>(Admin, $"/api/v1/tickets?tag={tag}&sort=priority&order=asc&pageSize=2");
        var page3 = await GetAsync<PagedResult<TicketSummary>>(Admin, $"/api/v1/tickets?tag={tag}&sort=Priority&order=asc&pageSize=2&page=3");
        var high = await GetAsync<PagedResult<TicketSummary>>(Admin, $"/api/v1/tickets?tag={tag}&priority=4&priority=5");

        Assert.Multiple(() =>
        {
            Assert.That(page1.Total, Is.EqualTo(5));
            Assert.That(page1.Items.Select(t => t.Priority), Is.EqualTo(new[] { TicketPriority.VeryLow, TicketPriority.Low }));
            Assert.That(page3.Items.Select(t => t.Title), Is.EqualTo(new[] { "Paged 4" }));
            Assert.That(high.Total, Is.EqualTo(2));
        });
    }
}
