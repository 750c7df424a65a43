using System.Text.Json;
using MailKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MailKit.Search;
using MimeKit;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// A customer's answer to a closed ticket whose queue rejects follow-ups becomes no article: it is kept in the quarantine,
/// and the customer gets one notice, marked automatic and threaded with the answer; never for automatic mail, never twice
/// for one message, not lost while the SMTP server is down, and not beyond MaxAutomaticMailsPerHour; on SQLite and
/// PostgreSQL, with a real Dovecot and SMTP server.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class RejectedFollowUpTests(string provider) : MailChannelFixture(provider)
{
    [Test]
    public async Task AFollowUpToAClosedTicket_WhoseQueueRejectsThem_IsQuarantined_AndTheCustomerGetsOneNotice()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var number = await ClosedTicketAsync(admin, "VPN drops");

        var answer = Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Still dropping.");
        await Mail.SendAsync(answer);
        var entry = await QuarantinedAsync(admin, e => e.Contains("A notice went", StringComparison.Ordinal));
        var notice = (await InboxAsync("ivan", count: 1)).Single();
        var articles = await ArticlesAsync(admin, number);
        var ticket = await ApiTestBase.GetAsync<TicketDetails>(admin, $"/api/v1/tickets/{number}");

        Assert.Multiple(() =>
        {
            Assert.That(articles, Has.Count.EqualTo(1), "the answer became no article");
            Assert.That(ticket.Summary.StateType, Is.EqualTo(StateType.ClosedSuccessful));
            Assert.That(entry, Is.EqualTo($"Ticket {number} is closed, and its queue rejects follow-ups. A notice went to ivan@corp.example."));
            Assert.That(notice.Subject, Is.EqualTo($"[Ticket#{number}] Your message was not added: the ticket is closed"));
            Assert.That(notice.From.Mailboxes.Single().Address, Is.EqualTo("helpdesk@corp.example"), "from the queue's address, as replies");
            Assert.That(notice.To.Mailboxes.Single().Address, Is.EqualTo("ivan@corp.example"));
            Assert.That(notice.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
            Assert.That(notice.Headers["X-Loop"], Is.EqualTo("helpdesk@corp.example"));
            Assert.That(notice.InReplyTo, Is.EqualTo(answer.MessageId));
            Assert.That(notice.References, Is.EqualTo(new[] { answer.MessageId }));
            Assert.That(notice.TextBody, Does.Contain($"\"Re: [Ticket#{number}] VPN drops\" was not added to ticket {number}")
                .And.Contain("write a new message to helpdesk@corp.example"));
        });
    }

    [Test]
    public async Task TheSameMessage_DeliveredAgain_OrReadAgainAfterACrash_GetsNoSecondNotice()
    {
        var answer = Message("Ivan Petrov", "ivan@corp.example", "", "Still dropping.");
        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            var number = await ClosedTicketAsync(admin, "VPN drops");
            answer.Subject = $"Re: [Ticket#{number}] VPN drops";
            await Mail.SendAsync(answer);
            await QuarantinedAsync(admin, e => e.Contains("A notice went", StringComparison.Ordinal));
            // The same message again: the mail server delivered it twice.
            await Mail.SendAsync(answer);
            await QuarantinedAsync(admin, e => e.Contains("No second notice", StringComparison.Ordinal));
        }

        // As if the service had stopped after the imports and before the flags: both are read again at the next start.
        using (var inbox = await Mail.OpenInboxAsync("helpdesk"))
        {
            await inbox.Inbox.RemoveFlagsAsync(await inbox.Inbox.SearchAsync(SearchQuery.All), MessageFlags.Seen, silent: true);
        }

        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            using var helpdesk = await Mail.OpenInboxAsync("helpdesk");
            await UntilAsync(() => helpdesk.Inbox.SearchAsync(SearchQuery.NotSeen), u => u.Count == 0);
            var entries = await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/plugins/mail/quarantine");
            var notices = await InboxAsync("ivan", count: 1);

            Assert.Multiple(() =>
            {
                Assert.That(entries, Has.Count.EqualTo(2), "each reading of a message kept once");
                Assert.That(notices, Has.Count.EqualTo(1), "one notice for one message");
            });
        }
    }

    [Test]
    public async Task ANoticeLeftUnscheduledByACrash_IsScheduledWhenTheMessageIsReadAgain_AndSentOnce()
    {
        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            var number = await ClosedTicketAsync(admin, "VPN drops");
            await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Still dropping."));
            await QuarantinedAsync(admin, e => e.Contains("A notice went", StringComparison.Ordinal));
            // As if the service had stopped right after the quarantine entry's commit: the notice owed, and no job for it.
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"DelayedJobs\"");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Mail_RejectionNotices\" SET \"ScheduledAt\" = NULL, \"FinishedAt\" = NULL");
        }

        // The message was not flagged yet, and the notice not sent.
        using (var helpdesk = await Mail.OpenInboxAsync("helpdesk"))
        {
            await helpdesk.Inbox.RemoveFlagsAsync(await helpdesk.Inbox.SearchAsync(SearchQuery.All), MessageFlags.Seen, silent: true);
        }

        using (var ivan = await Mail.OpenInboxAsync("ivan"))
        {
            await ivan.Inbox.AddFlagsAsync(await ivan.Inbox.SearchAsync(SearchQuery.All), MessageFlags.Deleted, silent: true);
            await ivan.Inbox.ExpungeAsync();
        }

        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            var notices = await InboxAsync("ivan", count: 1);
            var entries = await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/plugins/mail/quarantine");

            Assert.Multiple(() =>
            {
                Assert.That(notices, Has.Count.EqualTo(1));
                Assert.That(entries, Has.Count.EqualTo(1));
            });
        }
    }

    [Test]
    public async Task AFollowUpFromTheHelpdesksOwnAddress_GetsNoNotice()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var number = await ClosedTicketAsync(admin, "VPN drops");

        await Mail.SendAsync(Message("Helpdesk", "helpdesk@corp.example", $"Re: [Ticket#{number}] VPN drops", "Forwarded by a rule."));
        var entry = await QuarantinedAsync(admin, _ => true);
        var inbox = await InboxAsync("helpdesk", count: 2);

        Assert.Multiple(() =>
        {
            Assert.That(entry, Does.EndWith("No notice went to the sender: helpdesk@corp.example is one of the helpdesk's own addresses."));
            Assert.That(inbox, Has.Count.EqualTo(2), "the helpdesk's mailbox got the two messages sent to it, and no notice");
        });
    }

    [Test]
    public async Task AnAutoReplyToAClosedTicket_GetsNoNotice_AndTheQuarantineSaysWhy()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var number = await ClosedTicketAsync(admin, "VPN drops");

        var autoReply = Message("Ivan Petrov", "ivan@corp.example", $"Automatic reply: [Ticket#{number}] VPN drops", "I am out of the office until Monday.");
        autoReply.Headers[HeaderId.AutoSubmitted] = "auto-replied";
        await Mail.SendAsync(autoReply);
        var entry = await QuarantinedAsync(admin, _ => true);
        var inbox = await InboxAsync("ivan", count: 0);
        var jobs = (await ApiTestBase.GetAsync<List<DelayedJobInfo>>(admin, "/api/v1/jobs/delayed?state=Pending"))
            .Concat(await ApiTestBase.GetAsync<List<DelayedJobInfo>>(admin, "/api/v1/jobs/delayed?state=Done"));

        Assert.Multiple(() =>
        {
            Assert.That(entry, Is.EqualTo($"Ticket {number} is closed, and its queue rejects follow-ups. " +
                "No notice went to the sender: the message is automatic (Auto-Submitted: auto-replied), and automatic mail is never answered."));
            Assert.That(jobs.Where(j => j.Name == "mail:rejection-notice"), Is.Empty, "no notice was scheduled");
            Assert.That(inbox, Is.Empty);
        });
    }

    [Test]
    public async Task TheNotice_WaitsForTheSmtpServer_AcrossARestart()
    {
        string number;
        await using (var server = await StartServerAsync(new Dictionary<string, string?>
        {
            ["ServiceDesk:Plugins:mail:Smtp:Port"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceDesk:Jobs:FirstRetrySeconds"] = "0.5",
        }))
        {
            using var admin = await server.AgentAsync("admin");
            number = await ClosedTicketAsync(admin, "VPN drops");
            await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Still dropping."));
            var failed = await UntilAsync(() => ApiTestBase.GetAsync<List<DelayedJobInfo>>(admin, "/api/v1/jobs/delayed?state=Failed"), j => j.Count > 0);
            Assert.That(failed.Single().Name, Is.EqualTo("mail:rejection-notice"));
        }

        await using (var server = await StartServerAsync())
        {
            using var admin = await server.AgentAsync("admin");
            var entry = await QuarantinedAsync(admin, e => e.Contains("A notice went", StringComparison.Ordinal));

            Assert.Multiple(async () =>
            {
                Assert.That(entry, Does.EndWith("A notice went to ivan@corp.example."));
                Assert.That((await InboxAsync("ivan", count: 1)).Single().Subject, Does.StartWith($"[Ticket#{number}]"));
            });
        }
    }

    [Test]
    public async Task ANoticeBeyondMaxAutomaticMailsPerHour_IsNotSent_AndTheQuarantineSaysWhy()
    {
        await using var server = await StartServerAsync(new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:MaxAutomaticMailsPerHour"] = "1" });
        using var admin = await server.AgentAsync("admin");
        var number = await ClosedTicketAsync(admin, "VPN drops");

        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Still dropping."));
        await QuarantinedAsync(admin, e => e.Contains("A notice went", StringComparison.Ordinal));
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", $"Re: [Ticket#{number}] VPN drops", "Hello? Still dropping."));
        var entry = await QuarantinedAsync(admin, e => e.Contains("MaxAutomaticMailsPerHour", StringComparison.Ordinal));

        Assert.Multiple(async () =>
        {
            Assert.That(entry, Does.EndWith("No notice went to ivan@corp.example: 1 automatic emails went to that address in the last hour " +
                "(MaxAutomaticMailsPerHour), so it could be part of a mail loop."));
            Assert.That(await InboxAsync("ivan", count: 1), Has.Count.EqualTo(1));
        });
    }

    // A ticket opened by Ivan's mail in Misc, whose policy is now Reject, and closed.
    private async Task<string> ClosedTicketAsync(HttpClient admin, string title)
    {
        var misc = (await ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/queues")).Single(q => q.GetProperty("name").GetString() == "Misc");
        await ApiTestBase.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/queues/{misc.GetProperty("id").GetInt32()}", new { followUpPolicy = "Reject" }, ApiTestBase.Json),
            System.Net.HttpStatusCode.OK);
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", title, "Every hour."));
        var number = (await SingleTicketAsync(admin, title)).Number;
        await ApiTestBase.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/tickets/{number}", new { state = "closed successful" }, ApiTestBase.Json),
            System.Net.HttpStatusCode.OK);
        return number;
    }

    // The reason of the newest quarantine entry, once it says what `done` looks for.
    private static async Task<string> QuarantinedAsync(HttpClient admin, Func<string, bool> done)
    {
        var entries = await UntilAsync(
            () => ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/plugins/mail/quarantine"),
            e => e.Count > 0 && done(e[^1].GetProperty("reason").GetString()!));
        return entries[^1].GetProperty("reason").GetString()!;
    }
}
