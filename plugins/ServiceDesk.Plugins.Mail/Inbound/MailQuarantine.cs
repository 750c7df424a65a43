using Microsoft.EntityFrameworkCore;
using MimeKit;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>Keeps messages that did not become tickets, each once, with the reason.</summary>
public sealed class MailQuarantine(MailDbContext db, TimeProvider clock)
{
    private const int MaxTextLength = 500;

    /// <summary>
    /// Keeps the message at <paramref name="position"/> with the reason, and the <paramref name="notice"/> owed to its
    /// sender, in one save. Answers its entry: the one an earlier reading of the message wrote, when there is one.
    /// </summary>
    public async Task<QuarantinedMessage> AddAsync(
        MailboxPosition position, byte[]? raw, MimeMessage? message, string reason, RejectionNotice? notice, CancellationToken cancellationToken)
    {
        if (await db.Quarantine.At(position).SingleOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var entry = new QuarantinedMessage
        {
            AccountId = position.AccountId,
            Folder = position.Folder,
            UidValidity = position.UidValidity,
            Uid = position.Uid,
            Uidl = position.Uidl,
            Raw = raw,
            Subject = Cut(message?.Subject),
            From = Cut(message?.From.ToString()),
            Reason = reason.Length <= 2_000 ? reason : reason[..2_000],
            QuarantinedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Quarantine.Add(entry);
        if (notice is not null)
        {
            notice.Quarantined = entry;
            db.RejectionNotices.Add(notice);
        }

        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private static string? Cut(string? text) => text is null || text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
