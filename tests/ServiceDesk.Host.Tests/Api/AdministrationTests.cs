using System.Net;
using System.Net.Http.Json;
using ServiceDesk.Abstractions.Customers;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class AdministrationTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task FirstStart_SeedsStatesQueuesAndTheAdmin()
    {
        var states = await GetAsync<List<StateInfo>>(Admin, "/api/v1/states");
        var queues = await GetAsync<List<QueueInfo>>(Admin, "/api/v1/queues");
        var users = await GetAsync<List<UserInfo>>(Admin, "/api/v1/users");

        Assert.Multiple(() =>
        {
            Assert.That(states.Select(s => s.Type).Distinct().Count(), Is.EqualTo(Enum.GetValues<StateType>().Length));
            Assert.That(queues.Select(q => q.Name), Is.SupersetOf(new[] { "Postmaster", "Junk", "Misc" }));
            Assert.That(users.Single(u => u.Login == "admin").IsAdmin, Is.True);
        });
    }

    [Test]
    public async Task Queues_AreHierarchical_AndRenamingTheParentMovesTheChildren()
    {
        var orphan = await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Facilities::Cleaning" }, Json);
        await ProblemAsync(orphan, HttpStatusCode.UnprocessableEntity);

        var parent = await (await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Facilities", supportLine = "Second", followUpPolicy = "Reject" }, Json))
            .Content.ReadFromJsonAsync<QueueInfo>(Json);
        var child = await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Facilities :: Cleaning" }, Json);
        await ExpectAsync(child, HttpStatusCode.Created);
        var duplicate = await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Facilities" }, Json);
        await ProblemAsync(duplicate, HttpStatusCode.Conflict);

        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/queues/{parent!.Id}", new { name = "Building" }, Json), HttpStatusCode.OK);
        var queues = await GetAsync<List<QueueInfo>>(Admin, "/api/v1/queues");

        Assert.Multiple(() =>
        {
            Assert.That(parent.SupportLine, Is.EqualTo(SupportLine.Second));
            Assert.That(parent.FollowUpPolicy, Is.EqualTo(FollowUpPolicy.Reject));
            Assert.That(queues.Select(q => q.Name), Does.Contain("Building::Cleaning").And.Not.Contain("Facilities::Cleaning"));
            Assert.That(queues.Single(q => q.Name == "Building::Cleaning").ParentId, Is.EqualTo(parent.Id));
        });
    }

    [Test]
    public async Task Users_GetGroupsAndRoles_AndLoginsAreUnique()
    {
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/groups", new { name = "network" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/roles", new { name = "2nd line", groups = new Dictionary<string, string> { ["network"] = "ReadWrite" } }, Json), HttpStatusCode.Created);
        var created = await Admin.PostAsJsonAsync("/api/v1/users",
            new { login = "Pavel", email = "pavel@helpdesk.example", firstName = "Павел", lastName = "Смирнов", password = "long enough", roles = new[] { "2nd line" }, groups = new Dictionary<string, string> { ["users"] = "ReadOnly, Note" } }, Json);
        await ExpectAsync(created, HttpStatusCode.Created);
        var user = (await created.Content.ReadFromJsonAsync<UserInfo>(Json))!;

        var duplicate = await Admin.PostAsJsonAsync("/api/v1/users", new { login = "pavel", email = "other@helpdesk.example" }, Json);
        var shortPassword = await Admin.PostAsJsonAsync("/api/v1/users", new { login = "short", email = "s@helpdesk.example", password = "123" }, Json);
        var unknownRole = await Admin.PatchAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "nope" } }, Json);

        Assert.Multiple(async () =>
        {
            Assert.That(user.Login, Is.EqualTo("pavel"));
            Assert.That(user.FullName, Is.EqualTo("Павел Смирнов"));
            Assert.That(user.Roles, Is.EqualTo(new[] { "2nd line" }));
            Assert.That(user.Groups["users"], Is.EqualTo(Permission.ReadOnly | Permission.Note));
            await ProblemAsync(duplicate, HttpStatusCode.Conflict);
            await ProblemAsync(shortPassword, HttpStatusCode.BadRequest);
            await ProblemAsync(unknownRole, HttpStatusCode.UnprocessableEntity);
        });
    }

    [Test]
    public async Task RolePermissions_GiveAccessToTheGroupsQueues()
    {
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/groups", new { name = "finance" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Finance", group = "finance" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/roles", new { name = "accountants", groups = new Dictionary<string, string> { ["finance"] = "ReadWrite" } }, Json), HttpStatusCode.Created);
        var (agent, id) = await Server.NewAgentAsync("accountant", new Dictionary<string, Permission>());
        var ticket = await CreateTicketAsync(Admin, NewTicket("Invoice missing", queue: "Finance"));

        await ProblemAsync(await agent.GetAsync($"/api/v1/tickets/{ticket.Summary.Number}"), HttpStatusCode.NotFound);
        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { roles = new[] { "accountants" } }, Json), HttpStatusCode.OK);
        var fresh = await Server.AgentAsync("accountant");
        await ExpectAsync(await fresh.GetAsync($"/api/v1/tickets/{ticket.Summary.Number}"), HttpStatusCode.OK);
    }

    [Test]
    public async Task Customers_AndCompanies_CanBeManaged_AndPersonalAgentsGetTheirRequests()
    {
        var company = (await (await Admin.PostAsJsonAsync("/api/v1/companies", new { name = "Acme Logistics" }, Json)).Content.ReadFromJsonAsync<CustomerCompanyInfo>(Json))!;
        var (_, agentId) = await Server.NewAgentAsync("personal", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        var created = await Admin.PostAsJsonAsync("/api/v1/customers",
            new { email = "Elena.Sokolova@Acme.example", firstName = "Елена", lastName = "Соколова", companyId = company.Id, personalAgentId = agentId }, Json);
        await ExpectAsync(created, HttpStatusCode.Created);
        var duplicate = await Admin.PostAsJsonAsync("/api/v1/customers", new { email = "elena.sokolova@acme.example" }, Json);

        var ticket = await CreateTicketAsync(Admin, NewTicket("Need VPN access", "elena.sokolova@acme.example"));

        Assert.Multiple(async () =>
        {
            await ProblemAsync(duplicate, HttpStatusCode.Conflict);
            Assert.That(ticket.Summary.OwnerId, Is.EqualTo(agentId));
            Assert.That(ticket.Summary.CustomerCompanyId, Is.EqualTo(company.Id));
            Assert.That(ticket.Summary.CustomerEmail, Is.EqualTo("Elena.Sokolova@Acme.example"));
        });
    }

    [Test]
    public async Task CustomerChanges_ReachTheNextTicketAtOnce()
    {
        var company = (await (await Admin.PostAsJsonAsync("/api/v1/companies", new { name = "Northwind Freight" }, Json)).Content.ReadFromJsonAsync<CustomerCompanyInfo>(Json))!;
        var (_, agentId) = await Server.NewAgentAsync("keeper", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        // The first request registers the customer; the second finds them and keeps them in memory.
        await CreateTicketAsync(Admin, NewTicket("Laptop battery swells", "p.ivanov@northwind.example"));
        var first = await CreateTicketAsync(Admin, NewTicket("Laptop battery swells again", "p.ivanov@northwind.example"));

        var customer = $"/api/v1/customers/{first.Summary.CustomerUserId}";

        await ExpectAsync(await Admin.PatchAsJsonAsync(customer, new { companyId = company.Id, personalAgentId = agentId }, Json), HttpStatusCode.OK);
        var second = await CreateTicketAsync(Admin, NewTicket("Docking station flickers", "p.ivanov@northwind.example"));
        await ExpectAsync(await Admin.PatchAsJsonAsync(customer, new { email = "pavel.ivanov@northwind.example" }, Json), HttpStatusCode.OK);
        var byNewAddress = await CreateTicketAsync(Admin, NewTicket("Monitor stays black", "pavel.ivanov@northwind.example"));
        var byFormerAddress = await CreateTicketAsync(Admin, NewTicket("Old address still in use", "p.ivanov@northwind.example"));

        Assert.Multiple(() =>
        {
            Assert.That(first.Summary.CustomerCompanyId, Is.Null);
            Assert.That(second.Summary.CustomerUserId, Is.EqualTo(first.Summary.CustomerUserId));
            Assert.That(second.Summary.CustomerCompanyId, Is.EqualTo(company.Id));
            Assert.That(second.Summary.OwnerId, Is.EqualTo(agentId));
            Assert.That(byNewAddress.Summary.CustomerUserId, Is.EqualTo(first.Summary.CustomerUserId));
            Assert.That(byNewAddress.Summary.CustomerEmail, Is.EqualTo("pavel.ivanov@northwind.example"));
            Assert.That(byFormerAddress.Summary.CustomerUserId, Is.Not.EqualTo(first.Summary.CustomerUserId), "the former address is nobody's now");
        });
    }

    [Test]
    public async Task CustomerSearch_FindsNamesInAnyCase_InBothAlphabets()
    {
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/customers", new { email = "o.kuznetsova@example.com", firstName = "Ольга", lastName = "Кузнецова" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/customers", new { email = "john.smith@example.com", firstName = "John", lastName = "Smith" }, Json), HttpStatusCode.Created);

        var byLowerCyrillic = await GetAsync<PagedResult<CustomerUserInfo>>(Admin, "/api/v1/customers?q=" + Uri.EscapeDataString("ольга"));
        var byUpperCyrillic = await GetAsync<PagedResult<CustomerUserInfo>>(Admin, "/api/v1/customers?q=" + Uri.EscapeDataString("КУЗНЕЦ"));
        var byLatin = await GetAsync<PagedResult<CustomerUserInfo>>(Admin, "/api/v1/customers?q=SMITH");

        Assert.Multiple(() =>
        {
            Assert.That(byLowerCyrillic.Items.Select(c => c.Email), Is.EqualTo(new[] { "o.kuznetsova@example.com" }));
            Assert.That(byUpperCyrillic.Items.Select(c => c.Email), Is.EqualTo(new[] { "o.kuznetsova@example.com" }));
            Assert.That(byLatin.Items.Select(c => c.Email), Is.EqualTo(new[] { "john.smith@example.com" }));
        });
    }

    [Test]
    public async Task CustomFields_AreTyped_AndStatesOfExistingTypesCanBeAdded()
    {
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/fields", new { name = "device", label = "Device", type = "Dropdown", options = new[] { "laptop", "desktop" } }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/states", new { name = "closed with workaround", type = "ClosedSuccessful" }, Json), HttpStatusCode.Created);

        var ticket = await CreateTicketAsync(Admin, new { title = "Slow laptop", queue = "Misc", customer = new { email = "f@example.com" }, body = "slow", fields = new { device = "laptop" } });
        var invalid = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}", new { fields = new { device = "tablet" } }, Json);
        var unknown = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}", new { fields = new { colour = "red" } }, Json);
        var closed = await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}", new { state = "closed with workaround" }, Json);
        var mergedState = await Admin.PostAsJsonAsync("/api/v1/states", new { name = "merged too", type = "Merged" }, Json);

        Assert.Multiple(async () =>
        {
            Assert.That(ticket.Fields["device"], Is.EqualTo("laptop"));
            await ProblemAsync(invalid, HttpStatusCode.BadRequest);
            await ProblemAsync(unknown, HttpStatusCode.UnprocessableEntity);
            Assert.That((await closed.Content.ReadFromJsonAsync<TicketDetails>(Json))!.Summary.StateType, Is.EqualTo(StateType.ClosedSuccessful));
            await ProblemAsync(mergedState, HttpStatusCode.BadRequest);
        });
    }

    [Test]
    public async Task FollowUpToAClosedTicket_FollowsTheQueuePolicy()
    {
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Strict", followUpPolicy = "Reject" }, Json), HttpStatusCode.Created);
        await ExpectAsync(await Admin.PostAsJsonAsync("/api/v1/queues", new { name = "Fresh", followUpPolicy = "NewTicket" }, Json), HttpStatusCode.Created);
        var reopen = await ClosedTicketAsync("Misc");
        var reject = await ClosedTicketAsync("Strict");
        var fresh = await ClosedTicketAsync("Fresh");
        var customer = await Server.CustomerAsync("follow@example.com");

        await ExpectAsync(await customer.PostAsJsonAsync($"/api/v1/tickets/{reopen}/articles", new { body = "Broken again" }, Json), HttpStatusCode.Created);
        var refused = await customer.PostAsJsonAsync($"/api/v1/tickets/{reject}/articles", new { body = "Broken again" }, Json);
        var newTicket = await customer.PostAsJsonAsync($"/api/v1/tickets/{fresh}/articles", new { body = "Broken again" }, Json);
        await ExpectAsync(newTicket, HttpStatusCode.Created);
        var article = (await newTicket.Content.ReadFromJsonAsync<ArticleDetails>(Json))!;
        var freshAfter = await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{fresh}");

        Assert.Multiple(async () =>
        {
            Assert.That((await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{reopen}")).Summary.State, Is.EqualTo("open"));
            await ProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.That((await GetAsync<TicketDetails>(Admin, $"/api/v1/tickets/{reject}")).Summary.StateType, Is.EqualTo(StateType.ClosedSuccessful));
            Assert.That(freshAfter.Summary.StateType, Is.EqualTo(StateType.ClosedSuccessful));
            Assert.That(freshAfter.Links.Single().Kind, Is.EqualTo(TicketLinkKind.Related));
            Assert.That(article.TicketId, Is.Not.EqualTo(freshAfter.Summary.Id));
        });
    }

    private async Task<string> ClosedTicketAsync(string queue)
    {
        var ticket = await CreateTicketAsync(Admin, NewTicket($"Closed in {queue}", "follow@example.com", queue));
        await ExpectAsync(await Admin.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Summary.Number}", new { state = "closed successful" }, Json), HttpStatusCode.OK);
        return ticket.Summary.Number;
    }
}
