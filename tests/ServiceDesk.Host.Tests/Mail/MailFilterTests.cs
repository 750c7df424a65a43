using System.Net;
using System.Text.Json;
using MailKit.Search;
using MimeKit;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Administrators define postmaster filters through the API; messages delivered into a real Dovecot are routed by them:
/// a new ticket gets the filter's queue, priority, tags and owner, spam goes to Junk, and an ignored message becomes
/// nothing but an entry of the quarantine, from which it can still be released; on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailFilterTests(string provider) : MailChannelFixture(provider)
{
    [Test]
    public async Task NewTickets_GetTheQueuePriorityTagsAndOwner_OfTheFiltersTheyMatch()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var (_, olgaId) = await server.NewAgentAsync("olga.hardware", new Dictionary<string, Permission> { ["users"] = Permission.ReadWrite });
        await CreateFilterAsync(admin, new
        {
            name = "Spam",
            position = 1,
            stopAfterMatch = true,
            conditions = new[] { new { field = "X-Spam-Flag", pattern = "^yes$" } },
            actions = new { junk = true, priority = 1 },
        });
        await CreateFilterAsync(admin, new
        {
            name = "Printers",
            conditions = new object[]
            {
                new { field = "From", pattern = @"@corp\.example>?$" },
                new { field = "Body", pattern = "toner|paper jam" },
                new { field = "Subject", pattern = "^re:", negate = true },
            },
            actions = new { queue = "Postmaster", priority = 5, tags = new[] { "hardware", "printer" }, owner = "olga.hardware" },
        });

        await Mail.SendAsync(Message("ivan@corp.example", "Printer on floor 3", "Paper jam again."));
        await Mail.SendAsync(Message("ivan@corp.example", "VPN drops", "Every hour."));
        await Mail.SendAsync(Message("toner-deals@corp.example", "Printer toner, cheap", "Buy toner now.", "X-Spam-Flag: YES"));
        var tickets = await UntilAsync(() => TicketsAsync(admin, ""), t => t.Count == 3);
        var printer = await TicketAsync(admin, tickets, "Printer on floor 3");
        var vpn = await TicketAsync(admin, tickets, "VPN drops");
        var junk = await TicketAsync(admin, tickets, "Printer toner, cheap");

        Assert.Multiple(() =>
        {
            Assert.That(printer.Summary.Queue, Is.EqualTo("Postmaster"));
            Assert.That(printer.Summary.Priority, Is.EqualTo(TicketPriority.VeryHigh));
            Assert.That(printer.Tags, Is.EquivalentTo(new[] { "hardware", "printer" }));
            Assert.That(printer.Summary.OwnerId, Is.EqualTo(olgaId));
            Assert.That((vpn.Summary.Queue, vpn.Summary.Priority, vpn.Tags.Count, vpn.Summary.OwnerId), Is.EqualTo(("Misc", TicketPriority.Normal, 0, (int?)null)),
                "a message no filter matches is imported as before");
            Assert.That((junk.Summary.Queue, junk.Summary.Priority, junk.Summary.StateType), Is.EqualTo(("Junk", TicketPriority.VeryLow, StateType.New)),
                "spam goes to Junk, and Spam's StopAfterMatch keeps Printers from running");
            Assert.That(junk.Tags, Is.Empty);
        });
    }

    [Test]
    public async Task AnIgnoredMessage_NewOrFollowUp_BecomesNothingButAQuarantineEntry_WhichIsReleased()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("ivan@corp.example", "Monitor flickers", "Since Monday."));
        var ticket = (await UntilAsync(() => TicketsAsync(admin, ""), t => t.Count == 1)).Single();
        await CreateFilterAsync(admin, new
        {
            name = "Newsletters",
            conditions = new[] { new { field = "From", pattern = "^news@" } },
            actions = new { ignore = true },
        });

        await Mail.SendAsync(Message("news@vendor.example", "Our autumn offers", "Read all about it."));
        await Mail.SendAsync(Message("news@vendor.example", $"Re: [Ticket#{ticket.Number}] Monitor flickers", "Have you seen our offers?"));
        var waiting = await UntilAsync(QuarantineAsync(admin), q => q.Count == 2);
        using var inbox = await Mail.OpenInboxAsync("helpdesk");
        await UntilAsync(() => inbox.Inbox.SearchAsync(SearchQuery.NotSeen), u => u.Count == 0);
        var articles = await ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles");
        var offers = waiting.Single(q => q.GetProperty("subject").GetString() == "Our autumn offers").GetProperty("id").GetInt64();

        var reprocessed = await admin.PostAsync($"/api/v1/plugins/mail/quarantine/{offers}/reprocess", null);
        var released = await admin.PostAsJsonAsync($"/api/v1/plugins/mail/quarantine/{offers}/release", new { }, ApiTestBase.Json);
        var number = (await released.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json)).GetProperty("ticketNumber").GetString();
        var releasedArticles = await ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{number}/articles");

        Assert.Multiple(async () =>
        {
            Assert.That(waiting.Select(q => q.GetProperty("reason").GetString()), Is.EqualTo(new[] { "ignored by filter Newsletters", "ignored by filter Newsletters" }));
            Assert.That(waiting.All(q => q.GetProperty("kept").GetBoolean()), "kept whole, so that nothing is lost");
            Assert.That(articles, Has.Count.EqualTo(1), "the ignored follow-up added no article");
            Assert.That((await ApiTestBase.ProblemAsync(reprocessed, (HttpStatusCode)422)).GetProperty("detail").GetString(), Does.Contain("ignored by filter Newsletters"));
            Assert.That(released.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(releasedArticles.Single().Attachments.Single().FileName, Is.EqualTo("message.eml"));
            Assert.That(await TicketsAsync(admin, ""), Has.Count.EqualTo(2), "the monitor's ticket and the released one");
            Assert.That(await QuarantineAsync(admin)(), Has.Count.EqualTo(1), "the follow-up still waits");
        });
    }

    private static async Task CreateFilterAsync(HttpClient admin, object filter) =>
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/plugins/mail/filters", filter, ApiTestBase.Json), HttpStatusCode.Created);

    // Written out as a mail program sends it, with the headers given besides.
    private static MimeMessage Message(string from, string subject, string text, params string[] headers) =>
        MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n",
        [
            $"From: {from}",
            "To: Helpdesk <helpdesk@corp.example>",
            $"Subject: {subject}",
            $"Message-ID: <{Guid.NewGuid():N}@corp.example>",
            .. headers,
            "",
            text,
        ]))));

    private static Task<TicketDetails> TicketAsync(HttpClient client, IEnumerable<TicketSummary> tickets, string title) =>
        ApiTestBase.GetAsync<TicketDetails>(client, $"/api/v1/tickets/{tickets.Single(t => t.Title == title).Number}");

    private static Func<Task<List<JsonElement>>> QuarantineAsync(HttpClient client) =>
        () => ApiTestBase.GetAsync<List<JsonElement>>(client, "/api/v1/plugins/mail/quarantine");
}
