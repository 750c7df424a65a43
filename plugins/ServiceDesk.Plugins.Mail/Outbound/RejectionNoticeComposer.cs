using MimeKit;
using ServiceDesk.Abstractions.Messaging;
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
    /// <param name="text">The notice's words from a plugin (the templates plugin, from the queue's template); the built-in text when null.</param>
    public MimeMessage Compose(RejectionNotice notice, MimeMessage rejected, MailboxAddress from, ComposedMessage? text)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress("", notice.Recipient));
        var subject = text?.Subject ?? "Your message was not added: the ticket is closed";
        var tag = numbers.Tag(notice.TicketNumber);
        message.Subject = subject.Contains(tag, StringComparison.Ordinal) ? subject : $"{tag} {subject}";
        message.MessageId = OurMessageIds.ForNotice(notice.TicketNumber, notice.QuarantineId, from.Domain);
        if (!string.IsNullOrWhiteSpace(rejected.MessageId))
        {
            message.InReplyTo = rejected.MessageId;
            message.References.AddRange(rejected.References);
            message.References.Add(rejected.MessageId);
        }

        message.Body = new BodyBuilder
        {
            TextBody = text?.Body ?? Text(notice.TicketNumber, rejected.Subject ?? "", from.Address),
            HtmlBody = text?.BodyHtml,
        }.ToMessageBody();
        AutomaticMailHeaders.Apply(message, ArticleAutomation.Reply, from);
        return message;
    }

    // The text without the templates plugin, in English and Russian, the languages of the service's users.
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
