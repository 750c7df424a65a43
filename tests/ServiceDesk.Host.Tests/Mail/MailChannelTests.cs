using MailKit;
using MailKit.Search;
using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Employees write to the helpdesk through a real SMTP server; the email plugin reads the helpdesk's mailbox from a
/// real Dovecot over IMAP, and sends agents' replies back through that SMTP server into the employees' mailboxes; on
/// SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailChannelTests(string provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private MailServers _mail = null!;
    private string _dataPath = "";
    private string? _postgres;

    [SetUp]
    public async Task StartAsync()
    {
        _mail = await MailServers.StartAsync();
        _dataPath = ServiceDeskServer.NewDataPath();
        TestPlugins.InstallBundled(_dataPath, "mail");
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _mail.DisposeAsync();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Test]
    public async Task AMessage_BecomesATicket_WithTheSendersName_AndItsAttachment_AndIsMarkedSeen()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var message = Message("Ольга Смирнова", "olga@corp.example", "Принтер на 3 этаже", "Он снова зажёвывает бумагу.");
        var body = new BodyBuilder { TextBody = "Он снова зажёвывает бумагу." };
        body.Attachments.Add("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 }, new ContentType("image", "jpeg"));
        message.Body = body.ToMessageBody();

        await _mail.SendAsync(message);
        var ticket = await SingleTicketAsync(admin, "Принтер на 3 этаже");
        var articles = await ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles");
        using var inbox = await _mail.OpenInboxAsync("helpdesk");
        var unseen = await inbox.Inbox.SearchAsync(SearchQuery.NotSeen);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Queue, Is.EqualTo("Misc"));
            Assert.That(articles.Single().Channel, Is.EqualTo(ArticleChannels.Email));
            Assert.That(articles.Single().AuthorName, Is.EqualTo("Ольга Смирнова"));
            Assert.That(articles.Single().BodyText, Does.Contain("зажёвывает"));
            Assert.That(articles.Single().Attachments.Select(a => (a.FileName, a.Size)), Is.EqualTo(new[] { ("photo.jpg", 7L) }));
            Assert.That(unseen, Is.Empty, "imported messages are flagged seen");
        });
    }

    [Test]
    public async Task AReplyWithTheTicketNumberInItsSubject_IsAFollowUpOfThatTicket()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await _mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "VPN drops", "Every hour."));
        var ticket = await SingleTicketAsync(admin, "VPN drops");

        await _mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{ticket.Number}] VPN drops", "Still dropping."));
        var articles = await UntilAsync(() => ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles"), a => a.Count == 2);
        var tickets = await TicketsAsync(admin, "VPN drops");

        Assert.Multiple(() =>
        {
            Assert.That(articles[1].BodyText, Does.Contain("Still dropping."));
            Assert.That(articles[1].Direction, Is.EqualTo(ArticleDirection.Incoming));
            Assert.That(tickets, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task MessagesLeftUnseen_AfterACrash_AreImportedAgain_WithoutDuplicates()
    {
        for (var i = 0; i < 5; i++)
        {
            await _mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Request {i}", "Hello."));
        }

        int tickets;
        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            tickets = (await UntilAsync(() => TicketsAsync(admin, "Request"), t => t.Count == 5)).Count;
        }

        // As if the service had stopped after each commit and before each flag: the messages are unseen again.
        using (var inbox = await _mail.OpenInboxAsync("helpdesk"))
        {
            await inbox.Inbox.RemoveFlagsAsync(await inbox.Inbox.SearchAsync(SearchQuery.All), MessageFlags.Seen, silent: true);
        }

        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            using var inbox = await _mail.OpenInboxAsync("helpdesk");
            await UntilAsync(() => inbox.Inbox.SearchAsync(SearchQuery.NotSeen), u => u.Count == 0);
            var after = await TicketsAsync(admin, "Request");

            Assert.Multiple(() =>
            {
                Assert.That(tickets, Is.EqualTo(5));
                Assert.That(after, Has.Count.EqualTo(5), "read again, written once");
            });
        }
    }

    [Test]
    public async Task AnAgentsReply_ReachesTheEmployee_Threaded_AndTheEmployeesAnswer_ComesBackToTheTicket()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var question = Message("Ольга Смирнова", "olga@corp.example", "Нет доступа к почте", "Outlook просит пароль.");
        await _mail.SendAsync(question);
        var ticket = await SingleTicketAsync(admin, "Нет доступа к почте");

        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/articles",
            new { body = "Пароль сброшен, войдите снова.", channel = "email" }, ApiTestBase.Json), System.Net.HttpStatusCode.Created);
        using var olga = await _mail.OpenInboxAsync("olga");
        var uids = await UntilAsync(() => olga.Inbox.SearchAsync(SearchQuery.All), u => u.Count == 1);
        var reply = await olga.Inbox.GetMessageAsync(uids[0]);

        var answer = Message("Ольга Смирнова", "olga@corp.example", "Re: " + question.Subject, "Спасибо, работает!");
        answer.InReplyTo = reply.MessageId;
        answer.References.Add(reply.MessageId!);
        await _mail.SendAsync(answer);
        var articles = await UntilAsync(() => ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles"), a => a.Count == 3);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Subject, Is.EqualTo($"[Ticket#{ticket.Number}] Нет доступа к почте"));
            Assert.That(reply.From.Mailboxes.Single().Address, Is.EqualTo("helpdesk@corp.example"));
            Assert.That(reply.To.Mailboxes.Single().Address, Is.EqualTo("olga@corp.example"));
            Assert.That(reply.InReplyTo, Is.EqualTo(question.MessageId));
            Assert.That(reply.References, Is.EqualTo(new[] { question.MessageId }));
            Assert.That(reply.MessageId, Does.StartWith($"ticket.{ticket.Number}."));
            Assert.That(reply.TextBody, Does.Contain("Пароль сброшен"));
            Assert.That(articles[2].BodyText, Does.Contain("Спасибо, работает!"), "the answer, without the number in its subject, found its ticket by In-Reply-To");
            Assert.That(articles.Count(a => a.Direction == ArticleDirection.Outgoing), Is.EqualTo(1), "sent once");
        });
    }

    private async Task<ServiceDeskServer> StartServerAsync()
    {
        var settings = _mail.AccountSettings("helpdesk", "Misc");
        settings["ServiceDesk:Plugins:mail:Accounts:0:Address"] = "Helpdesk <helpdesk@corp.example>";
        settings["ServiceDesk:Plugins:mail:Smtp:Host"] = "127.0.0.1";
        settings["ServiceDesk:Plugins:mail:Smtp:Port"] = _mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["ServiceDesk:Plugins:mail:Smtp:Security"] = "None";
        settings["ServiceDesk:Plugins:mail:PollSchedule"] = "* * * * * *";
        settings["ServiceDesk:Jobs:PollMilliseconds"] = "100";
        settings["ServiceDesk:Events:PollMilliseconds"] = "100";
        if (provider == "postgres")
        {
            settings["ServiceDesk:Database:ConnectionString"] = _postgres ??= await TestPostgres.CreateDatabaseAsync();
        }

        return await ServiceDeskServer.StartAsync(provider, settings, dataPath: _dataPath);
    }

    private static MimeMessage Message(string name, string address, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(name, address));
        message.To.Add(new MailboxAddress("Helpdesk", "helpdesk@corp.example"));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("corp.example");
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static async Task<TicketSummary> SingleTicketAsync(HttpClient client, string title) =>
        (await UntilAsync(() => TicketsAsync(client, title), t => t.Count >= 1)).Single();

    private static async Task<IReadOnlyList<TicketSummary>> TicketsAsync(HttpClient client, string title) =>
        (await ApiTestBase.GetAsync<ServiceDesk.Abstractions.Paging.PagedResult<TicketSummary>>(client, "/api/v1/tickets?pageSize=100"))
            .Items.Where(t => t.Title.StartsWith(title, StringComparison.Ordinal)).ToList();

    private static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"not within {Patience.TotalSeconds} s; last seen: {value}");
            await Task.Delay(100);
        }
    }
}
