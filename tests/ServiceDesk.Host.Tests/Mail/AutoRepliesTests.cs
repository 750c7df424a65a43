using System.Text.Json;
using MailKit.Search;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// With <c>AutoReplies: Ignore</c>, out-of-office answers, bulk mail and our own mail come back with our loop header
/// make no tickets: they wait in the quarantine with the reason, and are flagged in the mailbox as handled.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class AutoRepliesTests(string provider) : MailChannelFixture(provider)
{
    [Test]
    public async Task WithIgnore_AutomaticMail_IsQuarantinedWithTheReason_AndPeoplesMailIsImported()
    {
        await using var server = await StartServerAsync(new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:AutoReplies"] = "Ignore" });
        using var admin = await server.AgentAsync("admin");
        var outOfOffice = Message("Ivan Petrov", "ivan@corp.example", "Automatic reply: VPN drops", "I am away until Monday.");
        outOfOffice.Headers.Add("Auto-Submitted", "auto-replied");
        var looped = Message("Olga Smirnova", "olga@corp.example", "Fwd: your request", "Forwarded by my mail rules.");
        looped.Headers.Add("X-Loop", "helpdesk@corp.example");
        await Mail.SendAsync(outOfOffice);
        await Mail.SendAsync(looped);
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Printer jams", "Third floor."));

        await SingleTicketAsync(admin, "Printer jams");
        var quarantine = await UntilAsync(() => ApiTestBase.GetAsync<List<JsonElement>>(admin, "/api/v1/plugins/mail/quarantine"), q => q.Count == 2);
        using var inbox = await Mail.OpenInboxAsync("helpdesk");
        var unseen = await UntilAsync(() => inbox.Inbox.SearchAsync(SearchQuery.NotSeen), u => u.Count == 0);

        Assert.Multiple(async () =>
        {
            Assert.That(await TicketsAsync(admin, ""), Has.Count.EqualTo(1), "only the person's message became a ticket");
            Assert.That(quarantine.Select(q => q.GetProperty("reason").GetString()), Is.EquivalentTo(new[]
            {
                "Not imported: an automatic reply (Auto-Submitted: auto-replied), and AutoReplies is Ignore.",
                "Not imported: an automatic reply (our own X-Loop header (helpdesk@corp.example)), and AutoReplies is Ignore.",
            }));
            Assert.That(quarantine.All(q => q.GetProperty("kept").GetBoolean()), Is.True, "kept whole");
            Assert.That(unseen, Is.Empty, "flagged as handled");
        });
    }

    [Test]
    public async Task ByDefault_AnAutomaticReply_IsAnArticleLikeAnyOther()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        var outOfOffice = Message("Ivan Petrov", "ivan@corp.example", "Automatic reply: VPN drops", "I am away until Monday.");
        outOfOffice.Headers.Add("Auto-Submitted", "auto-replied");
        await Mail.SendAsync(outOfOffice);

        var ticket = await SingleTicketAsync(admin, "Automatic reply");

        Assert.That((await ArticlesAsync(admin, ticket.Number)).Single().BodyText, Does.Contain("away until Monday"));
    }
}
