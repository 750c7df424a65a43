using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Writes an agent's reply as an email: from the queue's address, to the customer (or whom the agent named), with the
/// ticket number in the subject, a Message-ID of ours, and In-Reply-To and References naming the customer's last
/// message, so that mail programs thread it and the customer's answer finds its ticket.
/// </summary>
public sealed class ReplyComposer(MailSettings settings, TicketNumberInSubject numbers)
{
    public MimeMessage Compose(
        TicketDetails ticket, ArticleDetails reply, IReadOnlyList<string> earlierMessageIds, IReadOnlyList<(AttachmentInfo Info, byte[] Content)> attachments)
    {
        var from = SenderFor(ticket.Summary.Queue);
        var message = new MimeMessage();
        message.From.Add(from);
        var to = string.IsNullOrWhiteSpace(reply.To) ? ticket.Summary.CustomerEmail : reply.To;
        if (string.IsNullOrWhiteSpace(to) || !InternetAddressList.TryParse(to, out var recipients) || recipients.Count == 0)
        {
            throw new MailSendException($"The reply has no recipient: ticket {ticket.Summary.Number} has no customer email, and the reply names no To.");
        }

        message.To.AddRange(recipients);
        if (!string.IsNullOrWhiteSpace(reply.Cc) && InternetAddressList.TryParse(reply.Cc, out var copies))
        {
            message.Cc.AddRange(copies);
        }

        var subject = string.IsNullOrWhiteSpace(reply.Subject) ? ticket.Summary.Title : reply.Subject;
        var tag = numbers.Tag(ticket.Summary.Number);
        message.Subject = subject.Contains(tag, StringComparison.Ordinal) ? subject : $"{tag} {subject}";
        message.MessageId = OurMessageIds.For(ticket.Summary.Number, reply.Id, from.Domain);
        if (earlierMessageIds.Count > 0)
        {
            message.InReplyTo = earlierMessageIds[^1];
            message.References.AddRange(earlierMessageIds);
        }

        var body = new BodyBuilder { TextBody = reply.BodyText, HtmlBody = reply.BodyHtml };
        foreach (var (info, content) in attachments)
        {
            var part = body.Attachments.Add(info.FileName, content, ContentType.Parse(info.ContentType));
            if (info.Inline && info.ContentId is not null)
            {
                part.ContentId = info.ContentId;
                part.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = info.FileName };
            }
        }

        message.Body = body.ToMessageBody();
        AutomaticMailHeaders.Apply(message, reply.Automation, from);
        return message;
    }

    /// <summary>The address mail about the queue's tickets is sent from: the account's that reads it, else <see cref="MailSettings.DefaultFrom"/>.</summary>
    public MailboxAddress SenderFor(string queue)
    {
        var address = settings.Accounts.FirstOrDefault(a => a.Queue == queue && a.Address is not null)?.Address ?? settings.DefaultFrom
            ?? throw new MailSendException(
                $"No sender address for queue '{queue}': give the account that reads it an Address, or set ServiceDesk:Plugins:mail:DefaultFrom.");
        return MailboxAddress.Parse(address);
    }
}
