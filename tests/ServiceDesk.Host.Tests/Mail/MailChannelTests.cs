using MailKit;
using MailKit.Search;
using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Employees write to the helpdesk through a real SMTP server; the email plugin reads the helpdesk's mailbox from a
/// real Dovecot over IMAP, and sends agents' replies back through that SMTP server into the employees' mailboxes; on
/// SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailChannelTests(string provider) : MailChannelFixture(provider)
{
    [Test]
    public async Task AMessage_BecomesATicket_WithTheSendersName_AndItsAttachment_AndIsMarkedSeen()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var message = Message("Ольга Смирнова", "olga@corp.example", "Принтер на 3 этаже", "Он снова зажёвывает бумагу.");
        var body = new BodyBuilder { TextBody = "Он снова зажёвывает бумагу." };
        body.Attachments.Add("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 }, new ContentType("image", "jpeg"));
        message.Body = body.ToMessageBody();

        await Mail.SendAsync(message);
        var ticket = await SingleTicketAsync(admin, "Принтер на 3 этаже");
        var articles = await ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles");
        using var inbox = await Mail.OpenInboxAsync("helpdesk");
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
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "VPN drops", "Every hour."));
        var ticket = await SingleTicketAsync(admin, "VPN drops");

        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{ticket.Number}] VPN drops", "Still dropping."));
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
            await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Request {i}", "Hello."));
        }

        int tickets;
        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            tickets = (await UntilAsync(() => TicketsAsync(admin, "Request"), t => t.Count == 5)).Count;
        }

        // As if the service had stopped after each commit and before each flag: the messages are unseen again.
        using (var inbox = await Mail.OpenInboxAsync("helpdesk"))
        {
            await inbox.Inbox.RemoveFlagsAsync(await inbox.Inbox.SearchAsync(SearchQuery.All), MessageFlags.Seen, silent: true);
        }

        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            using var inbox = await Mail.OpenInboxAsync("helpdesk");
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
    public async Task NewMail_WhileARunListens_BecomesATicket_InThatRun_ThroughIdle()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Monitor flickers", "Since Monday."));
        await SingleTicketAsync(admin, "Monitor flickers");
        var listening = await PollJobAsync(admin);

        await Mail.SendAsync(Message("Olga Smirnova", "olga@corp.example", "Keyboard missing keys", "F and J."));
        await SingleTicketAsync(admin, "Keyboard missing keys");
        var after = await PollJobAsync(admin);

        Assert.Multiple(() =>
        {
            Assert.That(listening.Running, Is.True, "the run goes on after importing what waited");
            Assert.That(after.Running, Is.True);
            Assert.That(after.LastRunAt, Is.EqualTo(listening.LastRunAt), "the new mail came in the run that listened, not in a later one");
        });
    }

    [Test]
    public async Task AnAnswerToAMessageOfTheSameFetch_JoinsTheTicketThatMessageOpened()
    {
        var first = Message("Ivan Petrov", "ivan@corp.example", "Printer jams", "On the third floor.");
        var answer = Message("Ivan Petrov", "ivan@corp.example", "Re: Printer jams", "And on the second, too.");
        answer.InReplyTo = first.MessageId;
        answer.References.Add(first.MessageId!);
        await Mail.DeliverRawAsync("helpdesk", [Raw(first), Raw(answer)]);

        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var ticket = await SingleTicketAsync(admin, "Printer jams");
        var articles = await UntilAsync(() => ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles"), a => a.Count == 2);
        using var inbox = await Mail.OpenInboxAsync("helpdesk");
        await UntilAsync(() => inbox.Inbox.SearchAsync(SearchQuery.NotSeen), u => u.Count == 0);
        var answerTickets = await TicketsAsync(admin, "Re: Printer jams");

        Assert.Multiple(() =>
        {
            Assert.That(articles[1].BodyText, Does.Contain("second, too"));
            Assert.That(answerTickets, Is.Empty);
        });
    }

    [Test]
    public async Task AnAgentsReply_ReachesTheEmployee_Threaded_AndTheEmployeesAnswer_ComesBackToTheTicket()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var question = Message("Ольга Смирнова", "olga@corp.example", "Нет доступа к почте", "Outlook просит пароль.");
        await Mail.SendAsync(question);
        var ticket = await SingleTicketAsync(admin, "Нет доступа к почте");

        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/articles",
            new { body = "Пароль сброшен, войдите снова.", channel = "email" }, ApiTestBase.Json), System.Net.HttpStatusCode.Created);
        using var olga = await Mail.OpenInboxAsync("olga");
        var uids = await UntilAsync(() => olga.Inbox.SearchAsync(SearchQuery.All), u => u.Count == 1);
        var reply = await olga.Inbox.GetMessageAsync(uids[0]);

        var answer = Message("Ольга Смирнова", "olga@corp.example", "Re: " + question.Subject, "Спасибо, работает!");
        answer.InReplyTo = reply.MessageId;
        answer.References.Add(reply.MessageId!);
        await Mail.SendAsync(answer);
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

    [Test]
    public async Task ABounceOfAReply_IsNotedOnItsTicket_AndTheAddressFlagged_WithoutANewTicket()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Monitor flickers", "Since Monday."));
        var ticket = await SingleTicketAsync(admin, "Monitor flickers");
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/articles",
            new { body = "Which model is it?", channel = "email" }, ApiTestBase.Json), System.Net.HttpStatusCode.Created);
        using var ivan = await Mail.OpenInboxAsync("ivan");
        var reply = await ivan.Inbox.GetMessageAsync((await UntilAsync(() => ivan.Inbox.SearchAsync(SearchQuery.All), u => u.Count == 1))[0]);

        var bounce = new MimeMessage();
        bounce.From.Add(new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@mx.corp.example"));
        bounce.To.Add(new MailboxAddress("Helpdesk", "helpdesk@corp.example"));
        bounce.Subject = "Undelivered Mail Returned to Sender";
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = "I'm sorry to have to inform you that your message could not be delivered." },
            new MimePart("message", "delivery-status")
            {
                Content = new MimeContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(
                    "Reporting-MTA: dns; mx.corp.example\r\n\r\nFinal-Recipient: rfc822; ivan@corp.example\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"))),
            },
            new TextPart("rfc822-headers") { Text = $"Message-ID: <{reply.MessageId}>\r\nSubject: {reply.Subject}\r\n" },
        };
        bounce.Body = report;
        await Mail.SendAsync(bounce);
        var articles = await UntilAsync(() => ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{ticket.Number}/articles"), a => a.Count == 3);
        // The address is flagged just after the note is written.
        var flagged = await UntilAsync(() => ApiTestBase.GetAsync<List<System.Text.Json.JsonElement>>(admin, "/api/v1/plugins/mail/bounced-addresses"), f => f.Count > 0);

        Assert.Multiple(async () =>
        {
            Assert.That(articles[2].VisibleToCustomer, Is.False, "an internal note");
            Assert.That(articles[2].BodyText, Does.Contain("ivan@corp.example").And.Contain("status 5.1.1").And.Contain("550 5.1.1 user unknown"));
            Assert.That(articles[2].Attachments.Single().FileName, Is.EqualTo("bounce.eml"));
            Assert.That(await TicketsAsync(admin, ""), Has.Count.EqualTo(1), "no ticket for the bounce");
            Assert.That(flagged.Single().GetProperty("address").GetString(), Is.EqualTo("ivan@corp.example"));
        });
    }

    [Test]
    public async Task AMessageWithoutASender_IsQuarantined_AndAnAdministratorReleasesIt()
    {
        await Mail.DeliverRawAsync("helpdesk", [System.Text.Encoding.ASCII.GetBytes("Subject: Who wrote this?\r\nMessage-ID: <anonymous@corp.example>\r\n\r\nThe printer is on fire.\r\n")]);
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var waiting = await UntilAsync(() => ApiTestBase.GetAsync<List<System.Text.Json.JsonElement>>(admin, "/api/v1/plugins/mail/quarantine"), q => q.Count == 1);
        var id = waiting[0].GetProperty("id").GetInt64();

        var reprocessed = await admin.PostAsync($"/api/v1/plugins/mail/quarantine/{id}/reprocess", null);
        var withoutAddress = await admin.PostAsJsonAsync($"/api/v1/plugins/mail/quarantine/{id}/release", new { }, ApiTestBase.Json);
        var released = await admin.PostAsJsonAsync($"/api/v1/plugins/mail/quarantine/{id}/release", new { customerEmail = "facility@corp.example" }, ApiTestBase.Json);
        var number = (await released.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ApiTestBase.Json)).GetProperty("ticketNumber").GetString();
        var articles = await ApiTestBase.GetAsync<List<ArticleDetails>>(admin, $"/api/v1/tickets/{number}/articles");
        var after = await ApiTestBase.GetAsync<List<System.Text.Json.JsonElement>>(admin, "/api/v1/plugins/mail/quarantine");

        Assert.Multiple(async () =>
        {
            Assert.That(waiting[0].GetProperty("reason").GetString(), Is.EqualTo("The message names no sender (From, Sender or Reply-To)."));
            Assert.That((await ApiTestBase.ProblemAsync(reprocessed, (System.Net.HttpStatusCode)422)).ToString(), Does.Contain("It still cannot be imported"));
            Assert.That((await ApiTestBase.ProblemAsync(withoutAddress, (System.Net.HttpStatusCode)422)).ToString(), Does.Contain("customerEmail"));
            Assert.That(released.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(articles.Single().Attachments.Single().FileName, Is.EqualTo("message.eml"));
            Assert.That(after, Is.Empty);
        });
    }

    private static byte[] Raw(MimeMessage message)
    {
        using var raw = new MemoryStream();
        message.WriteTo(raw);
        return raw.ToArray();
    }
}
