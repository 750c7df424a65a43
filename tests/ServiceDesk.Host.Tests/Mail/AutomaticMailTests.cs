using MailKit.Search;
using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Articles marked automatic go out as automatic mail (Auto-Submitted, X-Loop, Precedence), agents' replies as
/// personal mail; and no more than MaxAutomaticMailsPerHour automatic mails go to one address in an hour: the next is
/// not sent, and the ticket says why.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class AutomaticMailTests(string provider) : MailChannelFixture(provider)
{
    [Test]
    public async Task AnAutomaticReply_ReachesTheCustomer_MarkedAutomatic_AndAnAgentsReply_Unmarked()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var ticket = await ApiTestBase.CreateTicketAsync(admin, ApiTestBase.NewTicket("Printer jams", email: "olga@corp.example"));

        await ApiTestBase.AddArticleAsync(admin, ticket.Summary.Number, new { body = "We received your message.", channel = "email", automation = "Reply" });
        await ApiTestBase.AddArticleAsync(admin, ticket.Summary.Number, new { body = "I am looking at it.", channel = "email" });
        using var olga = await Mail.OpenInboxAsync("olga");
        var uids = await UntilAsync(() => olga.Inbox.SearchAsync(SearchQuery.All), u => u.Count == 2);
        var mails = new List<MimeMessage>();
        foreach (var uid in uids)
        {
            mails.Add(await olga.Inbox.GetMessageAsync(uid));
        }

        var automatic = mails.Single(m => m.TextBody!.Contains("received", StringComparison.Ordinal));
        var personal = mails.Single(m => m.TextBody!.Contains("looking", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(automatic.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
            Assert.That(automatic.Headers["X-Loop"], Is.EqualTo("helpdesk@corp.example"));
            Assert.That(automatic.Headers[HeaderId.Precedence], Is.EqualTo("bulk"));
            Assert.That(automatic.Headers["X-Auto-Response-Suppress"], Is.EqualTo("All"));
            Assert.That(new[] { "Auto-Submitted", "X-Loop", "Precedence", "X-Auto-Response-Suppress" }.Where(personal.Headers.Contains), Is.Empty);
        });
    }

    [Test]
    public async Task TheEleventhAutomaticMailInAnHour_IsNotSent_AndTheTicketSaysWhy()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var number = (await ApiTestBase.CreateTicketAsync(admin, ApiTestBase.NewTicket("Reminders", email: "ivan@corp.example"))).Summary.Number;

        var sent = new List<ArticleDetails>();
        for (var i = 1; i <= 11; i++)
        {
            sent.Add(await ApiTestBase.AddArticleAsync(admin, number, new { body = $"Reminder {i}.", channel = "email", automation = "Notification" }));
        }

        var note = (await UntilAsync(() => ArticlesAsync(admin, number), a => a.Any(n => n.Subject == "Automatic email not sent"))).Single(n => n.Subject == "Automatic email not sent");
        using var ivan = await Mail.OpenInboxAsync("ivan");
        var uids = await UntilAsync(() => ivan.Inbox.SearchAsync(SearchQuery.All), u => u.Count == 10);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = await ivan.Inbox.SearchAsync(SearchQuery.All);
        var delivered = new List<string>();
        foreach (var uid in after)
        {
            delivered.Add((await ivan.Inbox.GetMessageAsync(uid)).MessageId ?? "");
        }

        var refused = sent.Single(a => delivered.All(id => !id.StartsWith($"ticket.{number}.{a.Id}@", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(uids, Has.Count.EqualTo(10));
            Assert.That(after, Has.Count.EqualTo(10), "the eleventh never came");
            Assert.That(note.VisibleToCustomer, Is.False, "an internal note");
            Assert.That(note.BodyText, Does.StartWith($"Automatic email {refused.Id} was not sent to ivan@corp.example: 10 automatic emails went to that address in the last hour"));
        });
    }
}
