using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class AuthorizationTests(string provider) : ApiTestBase(provider)
{
    private TicketDetails _itTicket = null!;
    private TicketDetails _hrTicket = null!;
    private HttpClient _itAgent = null!;
    private HttpClient _readOnlyAgent = null!;

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/groups", new { name = "it" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/groups", new { name = "hr" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "IT", group = "it" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "HR", group = "hr" }, Json), HttpStatusCode.Created);
        _itTicket = await CreateTicketAsync(Admin, NewTicket("Laptop broken", "maria@example.com", "IT", "My laptop is broken."));
        _hrTicket = await CreateTicketAsync(Admin, NewTicket("Salary question", "boris@example.com", "HR", "Confidential salary details."));
        _itAgent = (await Server.NewAgentAsync("it-agent", new Dictionary<string, Permission> { ["it"] = Permission.ReadWrite })).Client;
        _readOnlyAgent = (await Server.NewAgentAsync("it-viewer", new Dictionary<string, Permission> { ["it"] = Permission.ReadOnly })).Client;
    }

    [Test]
    public async Task WithoutToken_EverythingButHealthIs401()
    {
        var anonymous = Server.Anonymous();
        Assert.Multiple(async () =>
        {
            Assert.That((await anonymous.GetAsync("/health")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await anonymous.GetAsync("/api/v1/tickets")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await anonymous.GetAsync($"/api/v1/tickets/{_itTicket.Summary.Number}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Agent_SeesOnlyQueuesOfTheirGroups_AndOthersAreNotFound()
    {
        var list = await GetAsync<PagedResult<TicketSummary>>(_itAgent, "/api/v1/tickets?pageSize=500");
        var other = await _itAgent.GetAsync($"/api/v1/tickets/{_hrTicket.Summary.Number}");
        var otherArticles = await _itAgent.GetAsync($"/api/v1/tickets/{_hrTicket.Summary.Number}/articles");
        var search = await GetAsync<PagedResult<TicketSummary>>(_itAgent, "/api/v1/tickets?q=salary");

        Assert.Multiple(async () =>
        {
            Assert.That(list.Items.Select(t => t.Queue).Distinct(), Is.EqualTo(new[] { "IT" }));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await other.Content.ReadAsStringAsync(), Does.Not.Contain("Salary"));
            Assert.That(otherArticles.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(search.Total, Is.Zero);
        });
    }

    [Test]
    public async Task ReadOnlyAgent_CanReadButNotChange()
    {
        var number = _itTicket.Summary.Number;
        await ExpectAsync(await _readOnlyAgent.GetAsync($"/api/v1/tickets/{number}"), HttpStatusCode.OK);

        await ProblemAsync(await _readOnlyAgent.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { title = "hijacked" }, Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await _readOnlyAgent.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "reply" }, Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await _readOnlyAgent.PostAsJsonAsync("/api/v1/tickets", NewTicket("new", queue: "IT"), Json), HttpStatusCode.Forbidden);

        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");
        Assert.That(after.Summary.Title, Is.EqualTo("Laptop broken"));
    }

    [Test]
    public async Task Agent_CannotAdministrate()
    {
        await ProblemAsync(await _itAgent.PostAsJsonAsync("/api/v1/queues", new { name = "Rogue" }, Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await _itAgent.PostAsJsonAsync("/api/v1/users", new { login = "rogue", email = "rogue@example.com" }, Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await _itAgent.PostAsJsonAsync("/api/v1/groups", new { name = "rogue" }, Json), HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> CustomerInCompanyAsync(string email, int companyId, bool seesCompany)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/customers", new { email, companyId, canSeeCompanyTickets = seesCompany }, Json);
        await ExpectAsync(response, HttpStatusCode.Created);
        return await Server.CustomerAsync(email);
    }

    [Test]
    public async Task Customer_SeesOwnTicketsOnly_WithoutInternalNotes()
    {
        var number = _itTicket.Summary.Number;
        await ExpectAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "Internal: user broke it twice", @internal = true }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "We ordered a new laptop." }, Json), HttpStatusCode.Created);
        var maria = await Server.CustomerAsync("maria@example.com");

        var list = await GetAsync<PagedResult<TicketSummary>>(maria, "/api/v1/tickets");
        var articles = await GetAsync<List<ArticleDetails>>(maria, $"/api/v1/tickets/{number}/articles");
        var foreign = await maria.GetAsync($"/api/v1/tickets/{_hrTicket.Summary.Number}");
        var history = await maria.GetAsync($"/api/v1/tickets/{number}/history");
        var users = await maria.GetAsync("/api/v1/users");

        Assert.Multiple(() =>
        {
            Assert.That(list.Items.Select(t => t.Number), Does.Contain(number));
            Assert.That(list.Items.Select(t => t.CustomerEmail), Is.All.EqualTo("maria@example.com"));
            Assert.That(articles.Select(a => a.BodyText), Has.None.Contains("Internal"));
            Assert.That(articles.Select(a => a.BodyText), Has.Some.Contains("new laptop"));
            Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(history.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Customer_SeesColleaguesTickets_OnlyWhenAllowedToSeeTheCompanys()
    {
        var company = (await (await Admin.PostAsJsonAsync("/api/v1/companies", new { name = "Northwind" }, Json)).Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var lead = await CustomerInCompanyAsync("lead@northwind.example", company, seesCompany: true);
        var clerk = await CustomerInCompanyAsync("clerk@northwind.example", company, seesCompany: false);
        var clerksTicket = await CreateTicketAsync(Admin, NewTicket("Clerk's printer", "clerk@northwind.example", "IT"));
        var leadsTicket = await CreateTicketAsync(Admin, NewTicket("Lead's laptop", "lead@northwind.example", "IT"));

        Assert.Multiple(async () =>
        {
            Assert.That((await lead.GetAsync($"/api/v1/tickets/{clerksTicket.Summary.Number}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await clerk.GetAsync($"/api/v1/tickets/{leadsTicket.Summary.Number}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await GetAsync<PagedResult<TicketSummary>>(clerk, "/api/v1/tickets")).Items.Select(t => t.Number), Is.EqualTo(new[] { clerksTicket.Summary.Number }));
        });
    }

    [Test]
    public async Task Customer_CanAnswerAndClose_ButNotChangeAnythingElse()
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket("Mouse", "maria@example.com", "IT"));
        var number = ticket.Summary.Number;
        var maria = await Server.CustomerAsync("maria@example.com");

        await ExpectAsync(await maria.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "It works now, thanks." }, Json), HttpStatusCode.Created);
        await ProblemAsync(await maria.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", new { body = "sneaky", @internal = true }, Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await maria.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { priority = 5 }, Json), HttpStatusCode.Forbidden);
        await ExpectAsync(await maria.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { state = "closed successful" }, Json), HttpStatusCode.OK);

        var after = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{number}");
        Assert.Multiple(() =>
        {
            Assert.That(after.Summary.StateType, Is.EqualTo(StateType.ClosedSuccessful));
            Assert.That(after.Summary.Priority, Is.EqualTo(TicketPriority.Normal));
        });
    }
}
