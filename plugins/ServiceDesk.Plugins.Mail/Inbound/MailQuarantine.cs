using Microsoft.EntityFrameworkCore;
using MimeKit;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>Keeps messages that did not become tickets, each once, with the reason.</summary>
public sealed class MailQuarantine(MailDbContext db, TimeProvider clock)
{
    private const int MaxTextLength = 500;

    public async Task AddAsync(MailboxPosition position, byte[]? raw, MimeMessage? message, string reason, CancellationToken cancellationToken)
    {
        if (await db.Quarantine.At(position).AnyAsync(cancellationToken))
        {
            return;
        }

        db.Quarantine.Add(new QuarantinedMessage
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
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? text) => text is null || text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
