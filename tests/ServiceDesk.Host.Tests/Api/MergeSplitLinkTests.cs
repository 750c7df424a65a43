using System.Net;
using System.Net.Http.Json;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class MergeSplitLinkTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Merge_MovesArticlesToTheTarget_AndFreezesTheSource()
    {
        var source = await CreateTicketAsync(Admin, NewTicket("Printer jam (duplicate)", body: "Jammed again"));
        var target = await CreateTicketAsync(Admin, NewTicket("Printer jam", body: "Paper jam on floor 2"));

        var merged = await Admin.PostAsJsonAsync($"/api/v1/tickets/{source.Summary.Number}/merge", new { into = target.Summary.Number }, Json);
        await ExpectAsync(merged, HttpStatusCode.OK);

        var sourceAfter = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{source.Summary.Number}");
        var targetArticles = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{target.Summary.Number}/articles");
        var sourceHistory = await GetAsync<List<HistoryEntryInfo>>(Admin, $"/api/v1/tickets/{source.Summary.Number}/history");
        var change = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{source.Summary.Number}", new { title = "edit after merge" }, Json);

        Assert.Multiple(async () =>
        {
            Assert.That(sourceAfter.Summary.StateType, Is.EqualTo(StateType.Merged));
            Assert.That(sourceAfter.MergedInto, Is.EqualTo(target.Summary.Number));
            Assert.That(targetArticles.Select(a => a.BodyText), Is.EquivalentTo(new[] { "Jammed again", "Paper jam on floor 2" }));
            Assert.That(sourceHistory, Has.Some.Matches<HistoryEntryInfo>(h => h.Type == HistoryTypes.Merge && h.NewValue == target.Summary.Number));
            await ProblemAsync(change, HttpStatusCode.Conflict);
        });
    }

    [Test]
    public async Task AfterAMerge_TheSourcesArticles_AreFoundInTheTarget()
    {
        var source = await CreateTicketAsync(Admin, NewTicket("Duplicate", body: "Плоттер выдаёт ошибку калибровки"));
        var target = await CreateTicketAsync(Admin, NewTicket("Original", body: "Plotter misbehaves"));
        await ExpectAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{source.Summary.Number}/merge", new { into = target.Summary.Number }, Json), HttpStatusCode.OK);

        var found = await GetAsync<PagedResult<TicketSummary>>(Admin, "/api/v1/tickets?q=" + Uri.EscapeDataString("калибровки"));

        Assert.That(found.Items.Select(t => t.Number), Is.EqualTo(new[] { target.Summary.Number }));
    }

    [Test]
    public async Task Merge_IntoItselfOrAnUnknownTicket_IsRefused()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Lonely"));
        var number = ticket.Summary.Number;

        await ProblemAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/merge", new { into = number }, Json), HttpStatusCode.BadRequest);
        await ProblemAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/merge", new { into = "0000" }, Json), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Split_CopiesTheArticleIntoANewLinkedTicket()
    {
        var original = await CreateTicketAsync(Admin, NewTicket("Two problems", body: "Mail is slow"));
        var number = original.Summary.Number;
        var second = await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles",
            new { body = "Also the phone is dead", direction = "Incoming", attachments = new[] { new { fileName = "phone.jpg", contentType = "image/jpeg", content = new byte[] { 1, 2, 3 } } } }, Json);
        var article = (await second.Content.ReadFromJsonAsync<ArticleDetails>(Json))!;

        var split = await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/split", new { articleId = article.Id, title = "Phone is dead" }, Json);
        await ExpectAsync(split, HttpStatusCode.Created);
        var created = (await split.Content.ReadFromJsonAsync<TicketDetails>(Json))!;

        var articles = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{created.Summary.Number}/articles");
        var originalAfter = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");
        Assert.Multiple(() =>
        {
            Assert.That(created.Summary.Title, Is.EqualTo("Phone is dead"));
            Assert.That(created.Summary.CustomerEmail, Is.EqualTo(original.Summary.CustomerEmail));
            Assert.That(articles.Single().BodyText, Is.EqualTo("Also the phone is dead"));
            Assert.That(articles.Single().Attachments.Single().Sha256, Is.EqualTo(article.Attachments.Single().Sha256));
            Assert.That(created.Links, Is.EqualTo(new[] { new TicketLinkInfo(number, TicketLinkKind.ChildOf) }));
            Assert.That(originalAfter.Links, Is.EqualTo(new[] { new TicketLinkInfo(created.Summary.Number, TicketLinkKind.ParentOf) }));
        });
    }

    [Test]
    public async Task Link_IsShownOnBothTickets_AndCanBeRemoved()
    {
        var a = await CreateTicketAsync(Admin, NewTicket("Network down"));
        var b = await CreateTicketAsync(Admin, NewTicket("Cannot print (network)"));

        await ExpectAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{a.Summary.Number}/links", new { number = b.Summary.Number, kind = "ParentOf" }, Json), HttpStatusCode.NoContent);
        var bLinked = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{b.Summary.Number}");
        await ExpectAsync(await Admin.DeleteAsync($"/api/v1/tickets/{b.Summary.Number}/links/{a.Summary.Number}"), HttpStatusCode.NoContent);
        var aUnlinked = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{a.Summary.Number}");

        Assert.Multiple(() =>
        {
            Assert.That(bLinked.Links, Is.EqualTo(new[] { new TicketLinkInfo(a.Summary.Number, TicketLinkKind.ChildOf) }));
            Assert.That(aUnlinked.Links, Is.Empty);
        });
    }

    [Test]
    public async Task BulkUpdate_ReportsEachTicket_AndAppliesWhatItCan()
    {
        var one = await CreateTicketAsync(Admin, NewTicket("Bulk one"));
        var two = await CreateTicketAsync(Admin, NewTicket("Bulk two"));

        var response = await Admin.PostAsJsonAsync("/api/v1/tickets/bulk",
            new { numbers = new[] { one.Summary.Number, "missing", two.Summary.Number }, update = new { priority = 2 } }, Json);
        await ExpectAsync(response, HttpStatusCode.OK);
        var results = (await response.Content.ReadFromJsonAsync<List<BulkUpdateResult>>(Json))!;

        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{two.Summary.Number}");
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Succeeded), Is.EqualTo(new[] { true, false, true }));
            Assert.That(results[1].Error, Does.Contain("missing"));
            Assert.That(after.Summary.Priority, Is.EqualTo(TicketPriority.Low));
        });
    }
}
