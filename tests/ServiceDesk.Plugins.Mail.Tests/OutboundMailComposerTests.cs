using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Outbound;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// A message another plugin handed over (a notification to an agent): to its recipient by name, the ticket's tag in the
/// subject, marked as generated automatically, with a Message-ID of ours that names no ticket, and both forms of its text.
/// </summary>
public sealed class OutboundMailComposerTests
{
    private static readonly OutboundMailComposer Composer = new(new TicketNumberInSubject("Ticket#"));

    private static readonly MailboxAddress Helpdesk = new("Helpdesk", "helpdesk@corp.example");

    [Test]
    public void ANotification_GoesToTheAgentByName_TaggedWithItsTicket_AndMarkedGenerated()
    {
        var mail = new OutboundMail
        {
            Id = 17,
            Recipient = "anna@corp.example",
            RecipientName = "Анна Смирнова",
            Subject = "New ticket 2026112310000001 in Misc",
            Body = "Hello Anna,",
            TicketNumber = "2026112310000001",
            Automation = ArticleAutomation.Notification,
        };

        var message = Composer.Compose(mail, Helpdesk, "<html><body><p>Hello Anna,</p></body></html>");

        Assert.Multiple(() =>
        {
            Assert.That(message.To.Mailboxes.Single().Name, Is.EqualTo("Анна Смирнова"));
            Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("anna@corp.example"));
            Assert.That(message.Subject, Is.EqualTo("[Ticket#2026112310000001] New ticket 2026112310000001 in Misc"));
            Assert.That(message.MessageId, Is.EqualTo("message.17@corp.example"));
            Assert.That(OurMessageIds.TicketNumberOf(message.MessageId ?? ""), Is.Null, "an agent's answer to it is not the customer's message");
            Assert.That(message.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-generated"));
            Assert.That(message.TextBody, Is.EqualTo("Hello Anna,"));
            Assert.That(message.HtmlBody, Does.Contain("<p>Hello Anna,</p>"));
            Assert.That(MessageClassifier.Classify(message, ["helpdesk@corp.example"]).Kind, Is.Not.EqualTo(MessageKind.Personal));
        });
    }

    [Test]
    public void AMessageAboutNoTicket_HasNoTag_AndATextOnlyBody()
    {
        var mail = new OutboundMail { Id = 3, Recipient = "anna@corp.example", Subject = "Weekly report", Body = "Text", Automation = ArticleAutomation.Notification };

        var message = Composer.Compose(mail, Helpdesk, null);

        Assert.Multiple(() =>
        {
            Assert.That(message.Subject, Is.EqualTo("Weekly report"));
            Assert.That(message.HtmlBody, Is.Null);
            Assert.That(message.To.Mailboxes.Single().Name, Is.Empty);
        });
    }
}
