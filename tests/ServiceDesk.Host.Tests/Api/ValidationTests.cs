using System.Net;
using System.Net.Http.Json;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Customers;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class ValidationTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task MissingFields_Give400_WithAMessagePerField()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/tickets", new { title = " ", queue = "Misc", customer = new { email = "ok@example.com" }, body = "x" }, Json);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("errors").GetProperty("title")[0].GetString(), Is.EqualTo("A title is required."));
    }

    [TestCase("not-an-email")]
    [TestCase("two@@example.com")]
    [TestCase("")]
    public async Task BadCustomerEmail_Gives400(string email)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/tickets", new { title = "t", queue = "Misc", customer = new { email }, body = "x" }, Json);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("errors").TryGetProperty("customer.email", out _), Is.True);
    }

    [Test]
    public async Task MalformedJson_Gives400()
    {
        var response = await Admin.PostAsync("/api/v1/tickets", new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task UnknownQueueStateOrOwner_Gives422_AndWritesNothing()
    {
        var before = await CountAsync();
        var email = $"nobody-{Guid.NewGuid():N}@example.com";

        var queue = await Admin.PostAsJsonAsync("/api/v1/tickets", NewTicket("t", email, queue: "No such queue"), Json);
        var state = await Admin.PostAsJsonAsync("/api/v1/tickets", new { title = "t", queue = "Misc", customer = new { email }, body = "x", state = "nonsense" }, Json);
        var owner = await Admin.PostAsJsonAsync("/api/v1/tickets", new { title = "t", queue = "Misc", customer = new { email }, body = "x", ownerId = 9999 }, Json);

        var customers = await GetAsync<PagedResult<CustomerUserInfo>>(Admin, "/api/v1/customers?q=" + Uri.EscapeDataString(email));
        Assert.Multiple(async () =>
        {
            Assert.That((await ProblemAsync(queue, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("queue", out _), Is.True);
            Assert.That((await ProblemAsync(state, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("state", out _), Is.True);
            Assert.That((await ProblemAsync(owner, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("ownerId", out _), Is.True);
            Assert.That(await CountAsync(), Is.EqualTo(before));
            Assert.That(customers.Total, Is.Zero, "a refused ticket leaves no customer behind");
        });
    }

    [Test]
    public async Task OversizeAttachment_Gives413_AndWritesNothing()
    {
        await using var server = await ServiceDeskServer.StartAsync(Provider, new Dictionary<string, string?> { ["ServiceDesk:Limits:MaxAttachmentBytes"] = "1000" });
        var admin = await server.AgentAsync("admin");
        var body = new
        {
            title = "Screenshot attached",
            queue = "Misc",
            customer = new { email = "big@example.com" },
            body = "See the attachment.",
            attachments = new[] { new { fileName = "screen.png", contentType = "image/png", content = new byte[1001] } },
        };

        await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/tickets", body, Json), HttpStatusCode.RequestEntityTooLarge);

        var list = await GetAsync<PagedResult<TicketSummary>>(admin, "/api/v1/tickets");
        Assert.That(list.Total, Is.Zero);
    }

    [Test]
    public async Task OversizeRequest_Gives413()
    {
        await using var server = await ServiceDeskServer.StartAsync(Provider, new Dictionary<string, string?> { ["ServiceDesk:Limits:MaxRequestBytes"] = "2048" });
        var admin = await server.AgentAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/tickets", NewTicket("big", body: new string('x', 5000)), Json);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Attachment_IsStoredOnce_AndDownloadsWithASafeName()
    {
        var content = "%PDF-1.4 invoice"u8.ToArray();
        var upload = new { fileName = "../../etc/Счёт.pdf", contentType = "application/pdf", content };
        var first = await CreateTicketAsync(Admin, new { title = "Invoice", queue = "Misc", customer = new { email = "acc@example.com" }, body = "Invoice attached", attachments = new[] { upload } });
        var second = await CreateTicketAsync(Admin, new { title = "Invoice again", queue = "Misc", customer = new { email = "acc@example.com" }, body = "Same file", attachments = new[] { upload } });

        var articles = await GetAsync<List<ArticleDetails>>(Admin, $"/api/v1/tickets/{first.Summary.Number}/articles");
        var attachment = articles[0].Attachments.Single();
        var download = await Admin.GetAsync($"/api/v1/tickets/{first.Summary.Number}/attachments/{attachment.Id}");
        var stored = Directory.GetFiles(Path.Combine(Server.DataPath, "attachments"), attachment.Sha256, SearchOption.AllDirectories);

        Assert.Multiple(async () =>
        {
            Assert.That(attachment.FileName, Is.EqualTo("Счёт.pdf"));
            Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
            Assert.That(stored, Has.Length.EqualTo(1));
            Assert.That(second.Summary.Number, Is.Not.EqualTo(first.Summary.Number));
        });
    }

    private async Task<long> CountAsync() => (await GetAsync<PagedResult<TicketSummary>>(Admin, "/api/v1/tickets?pageSize=1")).Total;
}
