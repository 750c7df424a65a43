using MimeKit;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Writes a handed-over message (<see cref="OutboundMail"/>) as an email: from the address of its ticket's queue, with the
/// ticket's tag in the subject, a Message-ID of ours, and marked as automatic (<see cref="AutomaticMailHeaders"/>).
/// </summary>
public sealed class OutboundMailComposer(TicketNumberInSubject numbers)
{
    public MimeMessage Compose(OutboundMail mail, MailboxAddress from, string? layoutHtml)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(mail.RecipientName ?? "", mail.Recipient));
        message.Subject = mail.TicketNumber is { } number && !mail.Subject.Contains(numbers.Tag(number), StringComparison.Ordinal)
            ? $"{numbers.Tag(number)} {mail.Subject}"
            : mail.Subject;
        message.MessageId = OurMessageIds.ForOutbound(mail.Id, from.Domain);
        message.Body = new BodyBuilder { TextBody = mail.Body, HtmlBody = layoutHtml }.ToMessageBody();
        AutomaticMailHeaders.Apply(message, mail.Automation, from);
        return message;
    }
}
