using System.Net;
using System.Net.Http.Json;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class ConcurrencyTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task StaleIfMatch_IsRefusedWith412_AndNothingIsOverwritten()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Two agents, one ticket"));
        var url = $"/api/v1/tickets/{ticket.Summary.Number}";
        var read = await Admin.GetAsync(url);
        var etag = read.Headers.ETag!.Tag;

        using var first = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new { title = "First agent's title" }) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        await ExpectAsync(await Admin.SendAsync(first), HttpStatusCode.OK);

        using var second = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new { title = "Second agent's title" }) };
        second.Headers.TryAddWithoutValidation("If-Match", etag);
        await ProblemAsync(await Admin.SendAsync(second), HttpStatusCode.PreconditionFailed);

        var after = await GetAsync<TicketDetails>(Admin, url);
        Assert.That(after.Summary.Title, Is.EqualTo("First agent's title"));
    }

    [Test]
    public async Task ETag_GrowsWithEveryChange()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("ETag"));
        var url = $"/api/v1/tickets/{ticket.Summary.Number}";
        var before = (await Admin.GetAsync(url)).Headers.ETag!.Tag;

        var patched = await Admin.PatchAsJsonAsync(url, new { priority = 4 }, Json);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo("\"1\""));
            Assert.That(patched.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
        });
    }
}
