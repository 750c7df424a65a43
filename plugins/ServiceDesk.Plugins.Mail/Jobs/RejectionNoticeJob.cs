using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Outbound;

namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>
/// Sends the notice owed to the sender of a rejected follow-up (<see cref="RejectedFollowUps"/>), once, and says in the
/// message's quarantine entry that it went, or why not.
/// </summary>
/// <remarks>
/// Why a delayed job, keyed by the quarantine entry: the core keeps the job in its database and retries it with growing
/// pauses while the SMTP server is down, across restarts and on one node at a time, and administrators see it fail
/// (<c>GET /api/v1/jobs/delayed</c>), as they see a reply's event delivery fail. The notice's row, written in the same
/// save as the quarantine entry, says whether it is still owed: the job records <see cref="RejectionNotice.FinishedAt"/>
/// in the same save as the entry's new reason, and a run that finds it set sends nothing, whether the job ran again or
/// was scheduled twice (after a crash between scheduling it and recording that, the next reading of the message
/// schedules it again). Only a crash between the server's acceptance and that save sends the notice a second time, with
/// the same Message-ID, which mail programs show once, as for replies.
/// </remarks>
public sealed class RejectionNoticeJob(
    MailDbContext db,
    ITicketService tickets,
    MailAccounts accounts,
    RejectionNoticeComposer composer,
    IEnumerable<IAutoResponses> autoResponses,
    HtmlLayout layout,
    AutomaticMailLimiter limiter,
    SmtpSender sender,
    MailSettings settings,
    TimeProvider clock) : IDelayedJob<RejectionNoticeRequest>
{
    public async Task RunAsync(RejectionNoticeRequest request, JobContext context, CancellationToken cancellationToken)
    {
        var notice = await db.RejectionNotices.Include(n => n.Quarantined).SingleOrDefaultAsync(n => n.QuarantineId == request.QuarantineId, cancellationToken);
        if (notice is not { FinishedAt: null })
        {
            return;
        }

        var entry = notice.Quarantined;
        if (entry.ResolvedAt is not null)
        {
            // An administrator imported or released the message since: it is not rejected any more.
            await FinishAsync(notice, null, cancellationToken);
            return;
        }

        var rejected = MessageReader.Read(entry.Raw ?? throw new InvalidOperationException($"Quarantined message {entry.Id} was kept without its content."));
        var ticket = await tickets.GetAsync(Actor.System, notice.TicketNumber, cancellationToken);
        var from = await accounts.SenderAsync(ticket.Summary.Queue, cancellationToken);
        var answer = new AutoResponseRequest(AutoResponseKind.FollowUpRejected, notice.TicketNumber, notice.Recipient, rejected.Subject);
        var text = autoResponses.FirstOrDefault() is { } writer ? await writer.ComposeAsync(answer, cancellationToken) : null;
        var html = text is null
            ? null
            : await layout.ApplyAsync(text.BodyHtml, new MessageLayoutContext(text.Subject, notice.TicketNumber, null), cancellationToken);
        var message = composer.Compose(notice, rejected, from, text is null ? null : text with { BodyHtml = html });
        if ((await limiter.RefuseAsync(AutomaticMailSource.Notice(entry.Id), [notice.Recipient], cancellationToken)).Count > 0)
        {
            await FinishAsync(notice, RejectionReasons.Limited(notice.Recipient, settings.MaxAutomaticMailsPerHour), cancellationToken);
            return;
        }

        await sender.SendAsync(message, cancellationToken);
        // The notice is out: its record is written even while the node stops, or it would go again.
        await FinishAsync(notice, RejectionReasons.Sent(notice.Recipient), CancellationToken.None);
    }

    // Nothing more is sent for the notice; the entry's reason says what became of it, when there is something to say.
    private async Task FinishAsync(RejectionNotice notice, string? outcome, CancellationToken cancellationToken)
    {
        notice.FinishedAt = clock.GetUtcNow().UtcDateTime;
        if (outcome is not null)
        {
            notice.Quarantined.Reason = RejectionReasons.Of(notice.TicketNumber, outcome);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
