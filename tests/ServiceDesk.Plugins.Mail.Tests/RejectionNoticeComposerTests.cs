using MimeKit;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Outbound;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// The notice to the sender of a rejected follow-up: the ticket number in the subject with the configured prefix, an
/// answer to the rejected message in its thread, marked automatic, and a Message-ID that is the same each time it is
/// written and names no ticket.
/// </summary>
public sealed class RejectionNoticeComposerTests
{
    private static readonly RejectionNoticeComposer Composer = new(new TicketNumberInSubject("Req#"));

    private static readonly MailboxAddress Helpdesk = new("Helpdesk", "helpdesk@corp.example");

    private static readonly RejectionNotice Notice = new() { QuarantineId = 42, TicketNumber = "2026112310000001", Recipient = "ivan@corp.example" };

    [Test]
    public void TheNotice_AnswersTheRejectedMessage_InItsThread_MarkedAutomatic()
    {
        var rejected = Rejected();
        rejected.References.Add("first@corp.example");
        rejected.References.Add("ticket.2026112310000001.7@corp.example");

        var notice = Composer.Compose(Notice, rejected, Helpdesk, text: null);

        Assert.Multiple(() =>
        {
            Assert.That(notice.From.Mailboxes.Single(), Is.EqualTo(Helpdesk));
            Assert.That(notice.To.Mailboxes.Single().Address, Is.EqualTo("ivan@corp.example"));
            Assert.That(notice.Subject, Is.EqualTo("[Req#2026112310000001] Your message was not added: the ticket is closed"));
            Assert.That(notice.InReplyTo, Is.EqualTo("answer@corp.example"));
            Assert.That(notice.References, Is.EqualTo(new[] { "first@corp.example", "ticket.2026112310000001.7@corp.example", "answer@corp.example" }));
            Assert.That(notice.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
            Assert.That(notice.Headers["X-Loop"], Is.EqualTo("helpdesk@corp.example"));
            Assert.That(notice.Headers[HeaderId.Precedence], Is.EqualTo("bulk"));
            Assert.That(MessageClassifier.Classify(notice, ["helpdesk@corp.example"]).Kind, Is.EqualTo(MessageKind.AutoReply),
                "come back to the helpdesk, the notice is known as its own automatic mail");
        });
    }

    [Test]
    public void TheText_QuotesTheSubject_AndSaysHowToOpenANewRequest_InEnglishAndRussian()
    {
        var text = Composer.Compose(Notice, Rejected(), Helpdesk, text: null).TextBody;

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Your message \"Re: [Req#2026112310000001] VPN drops\" was not added to ticket 2026112310000001: the ticket is closed"));
            Assert.That(text, Does.Contain("write a new message to helpdesk@corp.example, not a reply to this one, without the ticket number in the subject"));
            Assert.That(text, Does.Contain("Ваше письмо «Re: [Req#2026112310000001] VPN drops» не добавлено к заявке 2026112310000001"));
        });
    }

    [Test]
    public void TheMessageId_IsTheSameEachTime_AndNamesNoTicket()
    {
        var first = Composer.Compose(Notice, Rejected(), Helpdesk, text: null).MessageId;
        var again = Composer.Compose(Notice, Rejected(), Helpdesk, text: null).MessageId;

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("notice.2026112310000001.42@corp.example"));
            Assert.That(again, Is.EqualTo(first), "sent again after a crash, mail programs show it once");
            Assert.That(OurMessageIds.TicketNumberOf(first ?? ""), Is.Null);
        });
    }

    [Test]
    public void ARejectedMessageWithoutAMessageId_IsAnsweredWithoutThreadingHeaders()
    {
        var rejected = Rejected();
        rejected.Headers.Remove(HeaderId.MessageId);

        var notice = Composer.Compose(Notice, rejected, Helpdesk, text: null);

        Assert.Multiple(() =>
        {
            Assert.That(notice.InReplyTo, Is.Null);
            Assert.That(notice.References, Is.Empty);
        });
    }

    [Test]
    public void AWrittenText_ReplacesTheBuiltInOne_WithTheTicketsTagAddedOnce_AndItsHtml()
    {
        var written = new ComposedMessage("Ваше письмо не добавлено", "Заявка закрыта.", "<p>Заявка закрыта.</p>");
        var tagged = written with { Subject = "[Req#2026112310000001] Ваше письмо не добавлено" };

        var notice = Composer.Compose(Notice, Rejected(), Helpdesk, written);
        var already = Composer.Compose(Notice, Rejected(), Helpdesk, tagged);

        Assert.Multiple(() =>
        {
            Assert.That(notice.Subject, Is.EqualTo("[Req#2026112310000001] Ваше письмо не добавлено"));
            Assert.That(already.Subject, Is.EqualTo("[Req#2026112310000001] Ваше письмо не добавлено"), "a subject with the tag keeps it once");
            Assert.That(notice.TextBody, Is.EqualTo("Заявка закрыта."));
            Assert.That(notice.HtmlBody, Is.EqualTo("<p>Заявка закрыта.</p>"));
            Assert.That(notice.Headers[HeaderId.AutoSubmitted], Is.EqualTo("auto-replied"));
        });
    }

    private static MimeMessage Rejected()
    {
        var message = new MimeMessage { Subject = "Re: [Req#2026112310000001] VPN drops", MessageId = "answer@corp.example" };
        message.From.Add(new MailboxAddress("Ivan Petrov", "ivan@corp.example"));
        message.Body = new TextPart("plain") { Text = "Still dropping." };
        return message;
    }
}
