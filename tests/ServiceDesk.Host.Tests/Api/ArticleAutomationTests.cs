using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

/// <summary>
/// An article that a machine writes is marked so (<c>automation</c>): kept with the article, shown with it, and carried
/// by its ArticleAdded event to the channels, which mark what they send; people's articles are not, and customers cannot.
/// </summary>
public sealed class ArticleAutomationTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task AnAutomaticArticle_IsMarked_InTheArticle_AndInItsEvent()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Automation"));
        var number = ticket.Summary.Number;

        var added = await AddArticleAsync(Admin, number, new { body = "We received your message.", automation = "Reply" });
        var personal = await AddArticleAsync(Admin, number, new { body = "Looking at it now." });
        var listed = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{number}/articles");
        await using var scope = Server.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Outbox
            .Where(m => m.TicketId == ticket.Summary.Id && m.EventType.EndsWith("ArticleAdded")).OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(added.Automation, Is.EqualTo(ArticleAutomation.Reply));
            Assert.That(personal.Automation, Is.EqualTo(ArticleAutomation.None));
            Assert.That(listed.Select(a => a.Automation), Is.EqualTo(new[] { ArticleAutomation.None, ArticleAutomation.Reply, ArticleAutomation.None }));
            Assert.That(events, Has.Count.EqualTo(2));
            Assert.That(events[0], Does.Contain("\"automation\":\"Reply\""));
            Assert.That(events[1], Does.Contain("\"automation\":\"None\""));
        });
    }

    [Test]
    public async Task ACustomer_CannotWriteAnAutomaticMessage()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Automation by a customer", email: "maria@example.com"));
        using var maria = await Server.CustomerAsync("maria@example.com");

        var refused = await maria.PostAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}/articles", new { body = "Auto.", automation = "Notification" }, Json);

        Assert.That((await ProblemAsync(refused, HttpStatusCode.Forbidden)).ToString(), Does.Contain("automatic messages"));
    }
}
