using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Writes the notice to the sender of a rejected follow-up: from the address of the ticket's queue, with the ticket
/// number in the subject, in answer to the rejected message (In-Reply-To, References), and marked as an automatic reply
/// (<see cref="AutomaticMailHeaders"/>), so that no responder answers it.
/// </summary>
public sealed class RejectionNoticeComposer(TicketNumberInSubject numbers)
{
    public MimeMessage Compose(RejectionNotice notice, MimeMessage rejected, MailboxAddress from)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress("", notice.Recipient));
        message.Subject = $"{numbers.Tag(notice.TicketNumber)} Your message was not added: the ticket is closed";
        message.MessageId = OurMessageIds.ForNotice(notice.TicketNumber, notice.QuarantineId, from.Domain);
        if (!string.IsNullOrWhiteSpace(rejected.MessageId))
        {
            message.InReplyTo = rejected.MessageId;
            message.References.AddRange(rejected.References);
            message.References.Add(rejected.MessageId);
        }

        message.Body = new TextPart("plain") { Text = Text(notice.TicketNumber, rejected.Subject ?? "", from.Address) };
        AutomaticMailHeaders.Apply(message, ArticleAutomation.Reply, from);
        return message;
    }

    // A built-in text, in English and Russian, the languages of the service's users. The templates plugin (issue 5) will
    // make it editable; until then this is the notice.
    private static string Text(string number, string subject, string address) =>
        $"""
        Your message "{subject}" was not added to ticket {number}: the ticket is closed, and takes no more messages.

        To open a new request, write a new message to {address}, not a reply to this one, without the ticket number in the subject.

        This notice was sent automatically.

        --

        Ваше письмо «{subject}» не добавлено к заявке {number}: заявка закрыта и больше не принимает сообщений.

        Чтобы открыть новую заявку, напишите новое письмо на адрес {address}, а не ответ на это, без номера заявки в теме.

        Это уведомление отправлено автоматически.
        """;
}
