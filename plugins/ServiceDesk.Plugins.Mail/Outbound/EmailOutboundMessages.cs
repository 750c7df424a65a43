using Microsoft.EntityFrameworkCore;
using MimeKit;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Jobs;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// The email channel's outbox for messages that other plugins hand over (notifications to agents, say): kept in the
/// database, then sent by <see cref="OutboundMailJob"/>, which the core retries while the SMTP server is down.
/// </summary>
/// <remarks>
/// The row and its key are written before the job is scheduled, so that a message handed over twice (an event delivered
/// again) is kept once; a row whose job was never scheduled (a crash between the two) gets it when it is handed over
/// again, as <see cref="Inbound.RejectedFollowUps"/> does for its notices.
/// </remarks>
public sealed class EmailOutboundMessages(MailDbContext db, IJobScheduler jobs, TimeProvider clock) : IOutboundMessages
{
    public string Channel => ArticleChannels.Email;

    public async Task<bool> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var recipient = Checked(message);
        var mail = await db.OutboundMails.SingleOrDefaultAsync(m => m.Key == message.Key, cancellationToken);
        var handedOverBefore = mail is not null;
        if (mail is null)
        {
            mail = new OutboundMail
            {
                Key = message.Key,
                Recipient = recipient,
                RecipientName = string.IsNullOrWhiteSpace(message.ToName) ? null : Cut(message.ToName.Trim(), 200),
                Subject = Cut(message.Subject.Trim(), 500),
                Body = message.Body,
                BodyHtml = message.BodyHtml,
                TicketNumber = message.TicketNumber,
                Automation = message.Automation,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.OutboundMails.Add(mail);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (mail.ScheduledAt is null)
        {
            var now = clock.GetUtcNow();
            await jobs.ScheduleAsync<OutboundMailJob, OutboundMailRequest>(new OutboundMailRequest(mail.Id), now, cancellationToken);
            mail.ScheduledAt = now.UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return !handedOverBefore;
    }

    private static string Checked(OutboundMessage message)
    {
        var errors = new Dictionary<string, string[]>();
        if (message.Key.Length is 0 or > OutboundMail.MaxKeyLength)
        {
            errors["key"] = [$"A key has 1 to {OutboundMail.MaxKeyLength} characters."];
        }

        if (!MailboxAddress.TryParse(message.To, out var address) || address.Address.Length > 254 || !address.Address.Contains('@'))
        {
            errors["to"] = [$"'{message.To}' is not an email address."];
        }

        if (string.IsNullOrWhiteSpace(message.Subject))
        {
            errors["subject"] = ["A message needs a subject."];
        }

        return errors.Count == 0 ? address!.Address : throw new ValidationException(errors);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
