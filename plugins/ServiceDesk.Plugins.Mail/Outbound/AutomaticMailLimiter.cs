using Microsoft.EntityFrameworkCore;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Counts automatic mails by recipient, and refuses a recipient who had <see cref="MailSettings.MaxAutomaticMailsPerHour"/>
/// of them in the last hour: whatever keeps answering whom, a mail loop stops there. Mails that agents write are not
/// counted, and never refused.
/// </summary>
public sealed class AutomaticMailLimiter(MailDbContext db, MailSettings settings, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>
    /// Counts the automatic mail written for <paramref name="source"/> for each of <paramref name="recipients"/>, and
    /// answers those it must not go to. A mail counted before (tried again after a failure) keeps its place in the count.
    /// </summary>
    public async Task<IReadOnlyList<string>> RefuseAsync(AutomaticMailSource source, IEnumerable<string> recipients, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        await db.AutomaticMails.Where(m => m.CountedAt < since).ExecuteDeleteAsync(cancellationToken);
        var refused = new List<string>();
        foreach (var recipient in recipients.Select(r => r.ToLowerInvariant()).Where(r => r.Length <= 254).Distinct(StringComparer.Ordinal))
        {
            // Counted first and compared with the mails counted before it: two mails counted at once cannot both take
            // the last place.
            var counted = await db.AutomaticMails.SingleOrDefaultAsync(
                m => m.ArticleId == source.ArticleId && m.QuarantineId == source.QuarantineId && m.OutboundId == source.OutboundId && m.Recipient == recipient,
                cancellationToken);
            if (counted is null)
            {
                counted = new AutomaticMail
                {
                    ArticleId = source.ArticleId, QuarantineId = source.QuarantineId, OutboundId = source.OutboundId, Recipient = recipient, CountedAt = now,
                };
                db.AutomaticMails.Add(counted);
                await db.SaveChangesAsync(cancellationToken);
            }

            var before = await db.AutomaticMails.CountAsync(m => m.Recipient == recipient && m.CountedAt >= since && m.Id < counted.Id, cancellationToken);
            if (before >= settings.MaxAutomaticMailsPerHour)
            {
                // Not sent, so not counted: the limit is on mails that went out.
                db.AutomaticMails.Remove(counted);
                await db.SaveChangesAsync(cancellationToken);
                refused.Add(recipient);
            }
        }

        return refused;
    }
}
