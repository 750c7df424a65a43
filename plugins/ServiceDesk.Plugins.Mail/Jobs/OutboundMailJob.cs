using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Outbound;

namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>
/// Sends a message that another plugin handed over (<see cref="EmailOutboundMessages"/>), once, and records what became of
/// it. As <see cref="RejectionNoticeJob"/>: the core retries the job with growing pauses while the SMTP server is down,
/// and a run that finds the message finished sends nothing.
/// </summary>
public sealed class OutboundMailJob(
    MailDbContext db,
    ITicketService tickets,
    MailAccounts accounts,
    OutboundMailComposer composer,
    HtmlLayout layout,
    AutomaticMailLimiter limiter,
    SmtpSender sender,
    MailSettings settings,
    TimeProvider clock) : IDelayedJob<OutboundMailRequest>
{
    public async Task RunAsync(OutboundMailRequest request, JobContext context, CancellationToken cancellationToken)
    {
        var mail = await db.OutboundMails.SingleOrDefaultAsync(m => m.Id == request.OutboundMailId, cancellationToken);
        if (mail is not { FinishedAt: null })
        {
            return;
        }

        var queue = mail.TicketNumber is { } number ? (await tickets.GetAsync(Actor.System, number, cancellationToken)).Summary.Queue : null;
        var from = await accounts.SenderAsync(queue, cancellationToken);
        var html = await layout.ApplyAsync(mail.BodyHtml, new MessageLayoutContext(mail.Subject, mail.TicketNumber, null), cancellationToken);
        var message = composer.Compose(mail, from, html);
        if (mail.Automation != ArticleAutomation.None
            && (await limiter.RefuseAsync(AutomaticMailSource.Outbound(mail.Id), [mail.Recipient], cancellationToken)).Count > 0)
        {
            await FinishAsync(mail, $"Not sent: {settings.MaxAutomaticMailsPerHour} automatic emails went to {mail.Recipient} in the last hour (MaxAutomaticMailsPerHour).", cancellationToken);
            return;
        }

        await sender.SendAsync(message, cancellationToken);
        // The message is out: its record is written even while the node stops, or it would go again.
        await FinishAsync(mail, $"Sent to {mail.Recipient} as {message.MessageId}.", CancellationToken.None);
    }

    private async Task FinishAsync(OutboundMail mail, string outcome, CancellationToken cancellationToken)
    {
        mail.FinishedAt = clock.GetUtcNow().UtcDateTime;
        mail.Outcome = outcome;
        await db.SaveChangesAsync(cancellationToken);
    }
}
