using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Employees write through a real SMTP server; the email plugin reads the helpdesk's mailbox from a real Dovecot over
/// POP3: each message becomes a ticket or a follow-up once, and is deleted after its commit or left on the server and
/// not read again; too large ones stay, quarantined once; on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class Pop3AccountTests(string provider) : MailChannelFixture(provider)
{
    private const string Helpdesk = "helpdesk";

    [Test]
    public async Task AMessage_ReadOverPop3_BecomesATicket_AndIsDeletedFromTheServer_WithDelete()
    {
        await using var server = await StartPop3Async("Delete");
        using var admin = await server.AgentAsync("admin");

        var ticket = await TicketOfAsync(admin, Message("Ольга Смирнова", "olga@corp.example", "Принтер на 3 этаже", "Он снова зажёвывает бумагу."));
        var article = (await ArticlesAsync(admin, ticket.Number)).Single();
        var left = await UntilAsync(() => Mail.CountAsync(Helpdesk), count => count == 0);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Queue, Is.EqualTo("Misc"));
            Assert.That(article.Channel, Is.EqualTo(ArticleChannels.Email));
            Assert.That(article.AuthorName, Is.EqualTo("Ольга Смирнова"));
            Assert.That(article.BodyText, Does.Contain("зажёвывает"));
            Assert.That(left, Is.Zero, "deleted from the server");
        });
    }

    [Test]
    public async Task WithMarkSeen_AMessageStaysOnTheServer_AndLaterPollsDoNotReadItAgain()
    {
        await using var server = await StartPop3Async("MarkSeen");
        using var admin = await server.AgentAsync("admin");

        var ticket = await TicketOfAsync(admin, Message("Ivan Petrov", "ivan@corp.example", "VPN drops", "Every hour."));
        var before = (await Mail.Pop3SessionsAsync(Helpdesk)).Count;
        var sessions = await UntilAsync(() => Mail.Pop3SessionsAsync(Helpdesk), s => s.Count >= before + 3);

        Assert.Multiple(async () =>
        {
            Assert.That(sessions.Sum(), Is.EqualTo(1), "the server sent the message once, in the session that imported it");
            Assert.That(await Mail.CountAsync(Helpdesk), Is.EqualTo(1), "left on the server");
            Assert.That(await TicketsAsync(admin, "VPN drops"), Has.Count.EqualTo(1));
            Assert.That(await ArticlesAsync(admin, ticket.Number), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task AReplyOverPop3_WithTheTicketNumberInItsSubject_JoinsTheTicket()
    {
        await using var server = await StartPop3Async("Delete");
        using var admin = await server.AgentAsync("admin");
        var ticket = await TicketOfAsync(admin, Message("Ivan Petrov", "ivan@corp.example", "Monitor flickers", "Since Monday."));

        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{ticket.Number}] Monitor flickers", "Still flickering."));
        var articles = await UntilAsync(() => ArticlesAsync(admin, ticket.Number), a => a.Count == 2);

        Assert.Multiple(async () =>
        {
            Assert.That(articles[1].BodyText, Does.Contain("Still flickering."));
            Assert.That(await TicketsAsync(admin, ""), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task AfterACrashBetweenTheCommitsAndTheDeletion_TheMessagesAreDeleted_AndNoneIsImportedTwice()
    {
        for (var i = 0; i < 3; i++)
        {
            await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Request {i}", "Hello."));
        }

        // Committed and left on the server, as a crash after the commits and before the QUIT leaves them.
        await using (var server = await StartPop3Async("MarkSeen"))
        {
            using var admin = await server.AgentAsync("admin");
            await UntilAsync(() => TicketsAsync(admin, "Request"), t => t.Count == 3);
            // The session that imported them ended: their imports are recorded.
            await UntilAsync(() => Mail.Pop3SessionsAsync(Helpdesk), s => s.Sum() == 3);
        }

        // One of them as if the crash came before its import was recorded, too.
        await using (var server = await StartServerAsync(new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:Enabled"] = "false" }))
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Database.ExecuteSqlRawAsync(
                "DELETE FROM \"Mail_ImportedMessages\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"Mail_ImportedMessages\")");
        }

        var sessionsBefore = (await Mail.Pop3SessionsAsync(Helpdesk)).Count;
        await using (var server = await StartPop3Async("Delete"))
        {
            using var admin = await server.AgentAsync("admin");
            var left = await UntilAsync(() => Mail.CountAsync(Helpdesk), count => count == 0);
            var sessions = await UntilAsync(() => Mail.Pop3SessionsAsync(Helpdesk), s => s.Count > sessionsBefore);
            var tickets = await TicketsAsync(admin, "Request");
            var articles = await Task.WhenAll(tickets.Select(t => ArticlesAsync(admin, t.Number)));

            Assert.Multiple(() =>
            {
                Assert.That(left, Is.Zero, "deleted after the restart");
                Assert.That(tickets, Has.Count.EqualTo(3), "none imported twice");
                Assert.That(articles.Select(a => a.Count), Is.All.EqualTo(1));
                Assert.That(sessions.Skip(sessionsBefore).Sum(), Is.EqualTo(1), "only the message without a record is read again; the others are deleted unread");
            });
        }
    }

    [Test]
    public async Task AMessageLargerThanMaxMessageBytes_IsQuarantinedOnce_AndStaysOnTheServer()
    {
        await using var server = await StartPop3Async("Delete", new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:MaxMessageBytes"] = "1024" });
        using var admin = await server.AgentAsync("admin");

        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Log files", string.Join('\n', Enumerable.Repeat("A long line of the log file.", 150))));
        await TicketOfAsync(admin, Message("Ivan Petrov", "ivan@corp.example", "Short question", "Hi."));
        await UntilAsync(() => Mail.CountAsync(Helpdesk), count => count == 1);
        var before = (await Mail.Pop3SessionsAsync(Helpdesk)).Count;
        var sessions = await UntilAsync(() => Mail.Pop3SessionsAsync(Helpdesk), s => s.Count >= before + 2);
        var quarantine = await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/plugins/mail/quarantine");

        Assert.Multiple(async () =>
        {
            Assert.That(quarantine, Has.Count.EqualTo(1), "recorded once, however often it is listed");
            Assert.That(quarantine[0].GetProperty("reason").GetString(), Does.Match(@"^\d+ bytes, more than MaxMessageBytes \(1024\); the message stays in the mailbox\.$"));
            Assert.That(quarantine[0].GetProperty("kept").GetBoolean(), Is.False);
            Assert.That(quarantine[0].GetProperty("uidl").GetString(), Is.Not.Empty);
            Assert.That(await TicketsAsync(admin, "Log files"), Is.Empty);
            Assert.That(await Mail.CountAsync(Helpdesk), Is.EqualTo(1), "the large one stays on the server");
            Assert.That(sessions.Sum(), Is.EqualTo(1), "only the short one was sent by the server");
        });
    }

    [Test]
    public async Task APop3Account_BesideAnImapAccountThatListens_IsReadAgainInTheSameRun()
    {
        // The fixture's first account reads the helpdesk's mailbox over IMAP, and listens with IDLE.
        var settings = Mail.AccountSettings("support", "Misc", index: 1, protocol: "Pop3");
        settings["ServiceDesk:Plugins:mail:Pop3PollSeconds"] = "1";
        await using var server = await StartServerAsync(settings);
        using var admin = await server.AgentAsync("admin");
        await TicketOfAsync(admin, Message("Ivan Petrov", "ivan@corp.example", "Monitor flickers", "Since Monday."));
        var listening = await PollJobAsync(admin);

        var toSupport = Message("Olga Smirnova", "olga@corp.example", "Keyboard missing keys", "F and J.");
        toSupport.To.Clear();
        toSupport.To.Add(new MailboxAddress("Support", "support@corp.example"));
        await TicketOfAsync(admin, toSupport);
        var after = await PollJobAsync(admin);

        Assert.Multiple(() =>
        {
            Assert.That(listening.Running, Is.True, "the run listens to the IMAP account");
            Assert.That(after.LastRunAt, Is.EqualTo(listening.LastRunAt), "the POP3 mail came in the run that listened, not in a later one");
        });
    }

    // The ticket that an employee's message, sent by SMTP, opened.
    private async Task<TicketSummary> TicketOfAsync(HttpClient admin, MimeMessage message)
    {
        await Mail.SendAsync(message);
        return await SingleTicketAsync(admin, message.Subject!);
    }

    // The helpdesk's mailbox read over POP3, again every second while a run goes on.
    private Task<ServiceDeskServer> StartPop3Async(string afterImport, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = Mail.AccountSettings(Helpdesk, "Misc", protocol: "Pop3");
        all["ServiceDesk:Plugins:mail:Accounts:0:AfterImport"] = afterImport;
        all["ServiceDesk:Plugins:mail:Pop3PollSeconds"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return StartServerAsync(all);
    }
}
