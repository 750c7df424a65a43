using System.Net;
using System.Text.Json;
using MimeKit;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Templates;

/// <summary>
/// The templates plugin with the email channel, against a real Dovecot and SMTP server, on SQLite and PostgreSQL: a
/// customer whose email opens a ticket gets one automatic answer from the shipped template, in their thread and marked
/// automatic, and the ticket stays new; an automatic reply gets none; a follow-up that reopens a closed ticket is told
/// so; a refused one gets the queue's notice; HTML answers go out in the theme's layout.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class AutoResponseTests(string provider) : MailChannelFixture(provider, plugins: ["mail", "templates"])
{
    [Test]
    public async Task ANewEmailTicket_GetsOneAutoResponse_InTheCustomersThread_MarkedAutomatic_AndStaysNew()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var request = Message("Иван Петров", "ivan@corp.example", "VPN drops", "Every hour.");

        await Mail.SendAsync(request);
        var number = (await SingleTicketAsync(admin, "VPN drops")).Number;
        var answer = (await InboxAsync("ivan", count: 1)).Single();
        var articles = await UntilAsync(() => ArticlesAsync(admin, number), a => a.Count >= 2);
        var ticket = await ApiTestBase.GetAsync<TicketDetails>(admin, $"/api/v1/tickets/{number}");

        Assert.Multiple(() =>
        {
            Assert.That(answer.Subject, Is.EqualTo($"[Ticket#{number}] Your request is registered as {number}: VPN drops"));
            Assert.That(answer.TextBody, Does.StartWith("Dear Иван Петров,\n\nWe have received your request \"VPN drops\"").And.Contain($"registered it as ticket {number}"));
            Assert.That(answer.TextBody?.TrimEnd(), Does.EndWith("Kind regards,\nMisc service desk"));
            Assert.That(answer.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
            Assert.That(answer.InReplyTo, Is.EqualTo(request.MessageId));
            Assert.That(answer.From.Mailboxes.Single().Address, Is.EqualTo("helpdesk@corp.example"));
            Assert.That(articles, Has.Count.EqualTo(2), "one answer, however often the event comes");
            Assert.That(articles[1].Automation, Is.EqualTo(ArticleAutomation.Reply));
            Assert.That(articles[1].Direction, Is.EqualTo(ArticleDirection.Outgoing));
            Assert.That(ticket.Summary.State, Is.EqualTo("new"), "an acknowledgement is no agent's answer");
            Assert.That(ticket.FirstResponseAt, Is.Null);
        });
    }

    [Test]
    public async Task AnAutomaticReply_OpensATicket_ButGetsNoAutoResponse()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var outOfOffice = Message("Olga", "olga@corp.example", "Out of office: VPN drops", "I am away until Monday.");
        outOfOffice.Headers[HeaderId.AutoSubmitted] = "auto-replied";

        await Mail.SendAsync(outOfOffice);
        var number = (await SingleTicketAsync(admin, "Out of office")).Number;
        // A person's message after it: once they have their answer, the automatic one would have had its answer too.
        await Mail.SendAsync(Message("Maria", "maria@corp.example", "Printer jams", "Tray 2."));
        await InboxAsync("maria", count: 1);
        var articles = await ArticlesAsync(admin, number);

        Assert.Multiple(async () =>
        {
            Assert.That(await Mail.CountAsync("olga"), Is.Zero, "no machine answers a machine");
            Assert.That(articles, Has.Count.EqualTo(1));
            Assert.That(articles[0].Automation, Is.EqualTo(ArticleAutomation.Reply), "the channel marks the automatic message as such");
        });
    }

    [Test]
    public async Task AFollowUpThatReopensAClosedTicket_IsAnswered_AndOneThatIsRefused_GetsTheQueuesNotice()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("Иван Петров", "ivan@corp.example", "VPN drops", "Every hour."));
        var number = (await SingleTicketAsync(admin, "VPN drops")).Number;
        await InboxAsync("ivan", count: 1);
        await CloseAsync(admin, number);

        await Mail.SendAsync(Message("Иван Петров", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "It is back."));
        var reopened = (await InboxAsync("ivan", count: 2))[1];
        await CloseAsync(admin, number);
        await ApiTestBase.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/queues/{await MiscAsync(admin)}", new { followUpPolicy = "Reject" }, ApiTestBase.Json), HttpStatusCode.OK);
        await Mail.SendAsync(Message("Иван Петров", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Again."));
        var refused = (await InboxAsync("ivan", count: 3))[2];

        Assert.Multiple(() =>
        {
            Assert.That(reopened.Subject, Is.EqualTo($"[Ticket#{number}] Your request {number} is open again: VPN drops"));
            Assert.That(reopened.TextBody, Does.StartWith("Dear Иван Петров,").And.Contain("so we have opened it again"));
            Assert.That(reopened.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
            Assert.That(refused.Subject, Is.EqualTo($"[Ticket#{number}] Your message was not added: ticket {number} is closed"));
            Assert.That(refused.TextBody, Does.StartWith("Dear Иван Петров,").And.Contain($"Your message \"Re: [Ticket#{number}] VPN drops\" was not added"));
            Assert.That(refused.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
        });
    }

    [Test]
    public async Task AnHtmlAnswer_GoesOutInTheThemesLayout()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("Иван Петров", "ivan@corp.example", "VPN drops", "Every hour."));
        var number = (await SingleTicketAsync(admin, "VPN drops")).Number;
        await InboxAsync("ivan", count: 1);

        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/tickets/{number}/articles",
            new { channel = "email", body = "", bodyHtml = "<p>Please <b>restart</b> the VPN client.</p><script>alert(1)</script>" }, ApiTestBase.Json), HttpStatusCode.Created);
        var html = (await InboxAsync("ivan", count: 2))[1];

        Assert.Multiple(() =>
        {
            Assert.That(html.HtmlBody, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html.HtmlBody, Does.Contain("<b>restart</b>"));
            Assert.That(html.HtmlBody, Does.Contain($"Ticket {number}. Reply to this message to add to it."));
            Assert.That(html.HtmlBody, Does.Not.Contain("<script>"), "the answer's HTML is sanitized before the layout takes it");
        });
    }

    [Test]
    public async Task AgentsAreNotified_OfNewTicketsInTheirQueues_OfTicketsGivenToThem_AndOfTheCustomersAnswers()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var misc = await MiscAsync(admin);
        var (anna, annaId) = await server.NewAgentAsync("anna", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        var (_, borisId) = await server.NewAgentAsync("boris", new Dictionary<string, Permission>());
        await ApiTestBase.ExpectAsync(await anna.PutAsJsonAsync("/api/v1/plugins/templates/me", new { myQueueIds = new[] { misc } }, ApiTestBase.Json), HttpStatusCode.OK);
        // Boris watches the queue too, but may not see its tickets: he is told nothing.
        await ApiTestBase.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/plugins/templates/agents/{borisId}", new { myQueueIds = new[] { misc } }, ApiTestBase.Json), HttpStatusCode.OK);

        await Mail.SendAsync(Message("Иван Петров", "ivan@corp.example", "VPN drops", "Every hour."));
        var number = (await SingleTicketAsync(admin, "VPN drops")).Number;
        var created = (await InboxAsync("anna", count: 1)).Single();
        await ApiTestBase.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { ownerId = annaId }, ApiTestBase.Json), HttpStatusCode.OK);
        var assigned = (await InboxAsync("anna", count: 2))[1];
        await Mail.SendAsync(Message("Иван Петров", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Now every ten minutes."));
        var answered = (await InboxAsync("anna", count: 3))[2];

        Assert.Multiple(async () =>
        {
            Assert.That(created.Subject, Is.EqualTo($"[Ticket#{number}] New ticket {number} in Misc: VPN drops"));
            Assert.That(created.TextBody, Does.StartWith("Hello anna,").And.Contain("Customer: Иван Петров <ivan@corp.example>").And.Contain("> Every hour."));
            Assert.That(created.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-generated"));
            Assert.That(created.To.Mailboxes.Single().Address, Is.EqualTo("anna@helpdesk.example"));
            Assert.That(assigned.Subject, Is.EqualTo($"[Ticket#{number}] Ticket {number} is yours now: VPN drops"));
            Assert.That(answered.Subject, Is.EqualTo($"[Ticket#{number}] The customer answered in {number}: VPN drops"));
            Assert.That(answered.TextBody, Does.Contain("> Now every ten minutes."));
            Assert.That(await Mail.CountAsync("boris"), Is.Zero);
        });
    }

    private static async Task CloseAsync(HttpClient admin, string number) =>
        await ApiTestBase.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { state = "closed successful" }, ApiTestBase.Json), HttpStatusCode.OK);

    private static async Task<int> MiscAsync(HttpClient admin) =>
        (await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/queues")).Single(q => q.GetProperty("name").GetString() == "Misc").GetProperty("id").GetInt32();
}
