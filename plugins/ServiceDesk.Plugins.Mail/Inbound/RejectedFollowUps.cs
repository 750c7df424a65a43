using Microsoft.EntityFrameworkCore;
using MimeKit;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Jobs;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Keeps a follow-up that the core rejected (its ticket closed, its queue rejecting follow-ups) in the quarantine, where
/// an administrator can still release it, and owes its sender a notice, sent by <see cref="RejectionNoticeJob"/>: none
/// to a message that a machine wrote, to one from the helpdesk's own addresses, or to a copy of a message that has one.
/// </summary>
public sealed class RejectedFollowUps(MailDbContext db, MailQuarantine quarantine, IJobScheduler jobs, TimeProvider clock)
{
    /// <summary>
    /// Quarantines the message, with the notice it is owed in the same save; an entry that an earlier reading wrote
    /// stands as it is. Then schedules the notice, unless that was done before. Answers the entry's reason.
    /// </summary>
    /// <param name="ownAddresses">The helpdesk's own addresses, as the message was classified with.</param>
    /// <param name="messageKey">The message's name among its import keys: its Message-ID key, or its place in the mailbox.</param>
    public async Task<string> QuarantineAsync(
        MailboxPosition position, byte[] raw, MimeMessage message, MessageClassification classification, MailboxAddress sender,
        IReadOnlyList<string> ownAddresses, string messageKey, string ticketNumber, CancellationToken cancellationToken)
    {
        var (notice, outcome) = await NoticeForAsync(classification, sender, ownAddresses, messageKey, ticketNumber, cancellationToken);
        var entry = await quarantine.AddAsync(position, raw, message, RejectionReasons.Of(ticketNumber, outcome), notice, cancellationToken);
        if (await db.RejectionNotices.SingleOrDefaultAsync(n => n.QuarantineId == entry.Id, cancellationToken) is { ScheduledAt: null, FinishedAt: null } owed)
        {
            var now = clock.GetUtcNow();
            await jobs.ScheduleAsync<RejectionNoticeJob, RejectionNoticeRequest>(new RejectionNoticeRequest(entry.Id), now, cancellationToken);
            owed.ScheduledAt = now.UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return entry.Reason;
    }

    // The notice the message is owed, or none, and what the quarantine says of it.
    private async Task<(RejectionNotice? Notice, string Outcome)> NoticeForAsync(
        MessageClassification classification, MailboxAddress sender, IReadOnlyList<string> ownAddresses, string messageKey, string ticketNumber,
        CancellationToken cancellationToken)
    {
        if (classification.IsAutomatic)
        {
            return (null, RejectionReasons.Automatic(classification));
        }

        var address = sender.Address;
        if (ownAddresses.Contains(address.ToLowerInvariant()))
        {
            return (null, RejectionReasons.OwnAddress(address));
        }

        // A copy imported at the same moment as the first (from a second mailbox, read at the same time) is refused by the
        // key's unique index: its import fails, and the next reading of its mailbox finds the first one's notice.
        var earlier = await db.RejectionNotices.Where(n => n.MessageKey == messageKey).Select(n => (long?)n.QuarantineId).FirstOrDefaultAsync(cancellationToken);
        return earlier is { } copyOf
            ? (null, RejectionReasons.Copy(copyOf))
            : (new RejectionNotice { MessageKey = messageKey, TicketNumber = ticketNumber, Recipient = address }, RejectionReasons.Pending(address));
    }
}
