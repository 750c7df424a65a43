using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Outbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// Our automatic mails carry Auto-Submitted (auto-replied or auto-generated), our X-Loop, Precedence: bulk and
/// X-Auto-Response-Suppress; an agent's own reply carries none of them.
/// </summary>
public sealed class AutomaticMailHeadersTests
{
    private static readonly ReplyComposer Composer = new(new TicketNumberInSubject("Ticket#"));

    [TestCase(ArticleAutomation.Reply, "auto-replied")]
    [TestCase(ArticleAutomation.Notification, "auto-generated")]
    public void AnAutomaticMail_IsMarked(ArticleAutomation automation, string autoSubmitted)
    {
        var message = Compose(automation);

        Assert.Multiple(() =>
        {
            Assert.That(message.Headers[HeaderId.AutoSubmitted], Is.EqualTo(autoSubmitted));
            Assert.That(message.Headers["X-Loop"], Is.EqualTo("helpdesk@corp.example"));
            Assert.That(message.Headers[HeaderId.Precedence], Is.EqualTo("bulk"));
            Assert.That(message.Headers["X-Auto-Response-Suppress"], Is.EqualTo("All"));
        });
    }

    [Test]
    public void AnAgentsReply_CarriesNoneOfTheMarks()
    {
        var message = Compose(ArticleAutomation.None);

        Assert.That(new[] { "Auto-Submitted", "X-Loop", "Precedence", "X-Auto-Response-Suppress" }.Where(message.Headers.Contains), Is.Empty);
    }

    [Test]
    public void OurAutomaticMail_ComingBack_IsAnAutomaticReply()
    {
        var message = Compose(ArticleAutomation.Reply);

        var classification = MessageClassifier.Classify(message, new MailSettings { DefaultFrom = "helpdesk@corp.example" }.OwnAddresses([]));

        Assert.That(classification.Kind, Is.EqualTo(MessageKind.AutoReply));
    }

    private static MimeMessage Compose(ArticleAutomation automation)
    {
        var now = DateTimeOffset.UtcNow;
        var summary = new TicketSummary(1, "2026112310000001", "Printer", 1, "Misc", "open", StateType.Open, TicketPriority.Normal,
            null, false, 1, "olga@corp.example", null, now, now, 1);
        var ticket = new TicketDetails(summary, null, [], new Dictionary<string, string?>(), null, null, null, null, []);
        var reply = new ArticleDetails(7, 1, ArticleChannels.Email, ArticleDirection.Outgoing, true, null, null, null, null,
            "We received your message.", null, now, "System", [], automation);
        return Composer.Compose(ticket, reply, MailboxAddress.Parse("Helpdesk <helpdesk@corp.example>"), [], []);
    }
}
