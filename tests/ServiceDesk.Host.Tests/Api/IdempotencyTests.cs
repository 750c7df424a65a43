using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

/// <summary>
/// Idempotency keys: a channel that gives the same message twice, one after the other or at the same moment, gets the
/// same ticket or article back, and the message is written once.
/// </summary>
public sealed class IdempotencyTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ACreationRepeatedWithItsKey_AnswersTheSameTicket_AndWritesNothing()
    {
        var body = new { title = "Printer jams", customer = new { email = "ivan.petrov@example.com" }, queue = "Misc", body = "Please help.", idempotencyKeys = new[] { "mail:helpdesk:INBOX:7:1" } };

        var first = await CreateTicketAsync(Admin, body);
        var again = await CreateTicketAsync(Admin, body);
        var byOtherKey = await CreateTicketAsync(Admin, body with { idempotencyKeys = new[] { "mail:helpdesk:INBOX:7:2" } });
        var articles = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{first.Summary.Number}/articles");
        var read = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{first.Summary.Number}");

        Assert.Multiple(async () =>
        {
            Assert.That(again.Summary.Number, Is.EqualTo(first.Summary.Number));
            Assert.That(first.FirstArticleId, Is.EqualTo(articles.Single().Id));
            Assert.That(again.FirstArticleId, Is.EqualTo(articles.Single().Id), "the article the first creation wrote");
            Assert.That(byOtherKey.FirstArticleId, Is.Not.Null.And.Not.EqualTo(first.FirstArticleId));
            Assert.That(read.FirstArticleId, Is.Null, "set in the answer to a creation only");
            Assert.That(byOtherKey.Summary.Number, Is.Not.EqualTo(first.Summary.Number));
            Assert.That(await CountAsync(db => db.Tickets.Where(t => t.Title == "Printer jams")), Is.EqualTo(2));
            Assert.That(await CountAsync(db => db.Outbox.Where(m => m.TicketId == first.Summary.Id)), Is.EqualTo(1), "one creation event");
        });
    }

    [Test]
    public async Task EightCreationsAtOnceWithOneKey_WriteOneTicket_AndAllAnswerIt()
    {
        var body = new { title = "Sent twice by a retrying mailer", customer = new { email = "ivan.petrov@example.com" }, queue = "Misc", body = "Hello.", idempotencyKeys = new[] { "message:abc@example.com" } };

        var tickets = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CreateTicketAsync(Admin, body)));

        Assert.Multiple(async () =>
        {
            Assert.That(tickets.Select(t => t.Summary.Number).Distinct().Count(), Is.EqualTo(1));
            Assert.That(await CountAsync(db => db.Tickets.Where(t => t.Title == "Sent twice by a retrying mailer")), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AMessageRelayedForACustomer_IsTheirs_AddedOnce_AndReopensTheClosedTicket()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Closed, then answered by mail"));
        var number = ticket.Summary.Number;
        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { state = "closed successful" }, Json), HttpStatusCode.OK);
        var relay = new AddArticleCommand
        {
            Body = "It jams again.",
            Channel = ArticleChannels.Email,
            From = "Иван Петров <ivan.petrov@example.com>",
            FromCustomer = new CustomerReference("ivan.petrov@example.com", "Иван Петров"),
            IdempotencyKeys = ["mail:helpdesk:INBOX:7:3"],
        };

        ArticleDetails first, again;
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var tickets = scope.ServiceProvider.GetRequiredService<ITicketService>();
            first = await tickets.AddArticleAsync(Actor.System, number, relay, null, CancellationToken.None);
            again = await tickets.AddArticleAsync(Actor.System, number, relay, null, CancellationToken.None);
        }

        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");
        var byAgent = await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "Pretending", fromCustomer = new { email = "ivan.petrov@example.com" } }, Json);

        Assert.Multiple(async () =>
        {
            Assert.That(again.Id, Is.EqualTo(first.Id));
            Assert.That(first.Direction, Is.EqualTo(ArticleDirection.Incoming));
            Assert.That(first.AuthorName, Does.Contain("Иван"));
            Assert.That(after.Summary.State, Is.EqualTo("open"), "the queue's policy reopens");
            Assert.That(await CountAsync(db => db.Articles.Where(a => a.TicketId == after.Summary.Id)), Is.EqualTo(2));
            Assert.That(byAgent.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task AKey_IsFoundWithItsTicketAndArticle()
    {
        var ticket = await CreateTicketAsync(Admin, new { title = "Keyed", customer = new { email = "ivan.petrov@example.com" }, queue = "Misc", body = "Hello.", idempotencyKeys = new[] { "k1", "k2" } });
        var article = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{ticket.Summary.Number}/articles");

        await using var scope = Server.Services.CreateAsyncScope();
        var tickets = scope.ServiceProvider.GetRequiredService<ITicketService>();
        var found = await tickets.FindByIdempotencyKeyAsync("k2", CancellationToken.None);
        var missing = await tickets.FindByIdempotencyKeyAsync("k3", CancellationToken.None);
        var tooMany = await Admin.PostAsJsonAsync("/api/v1/tickets", new { title = "x", customer = new { email = "a@example.com" }, queue = "Misc", body = "x", idempotencyKeys = Enumerable.Range(0, 9).Select(i => $"k{i}") }, Json);

        Assert.Multiple(async () =>
        {
            Assert.That(found, Is.EqualTo(new KeyedArticle(ticket.Summary.Number, article.Single().Id)));
            Assert.That(missing, Is.Null);
            Assert.That((await ProblemAsync(tooMany, HttpStatusCode.BadRequest)).ToString(), Does.Contain("At most 8 idempotency keys."));
        });
    }

    private async Task<int> CountAsync<T>(Func<ServiceDeskDbContext, IQueryable<T>> rows)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await rows(scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>()).CountAsync();
    }
}
