using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>
/// For administrators, under /api/v1/plugins/mail: the quarantine (list, download, process again, release) and the
/// addresses that bounced.
/// </summary>
public static class QuarantineEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var mail = endpoints.MapGroup("").ForAdministrators("The mail quarantine is for administrators.");
        mail.MapGet("/quarantine", async (MailDbContext db, CancellationToken ct) =>
        {
            return Results.Ok(await db.Quarantine.AsNoTracking()
                .Where(q => q.ResolvedAt == null)
                .OrderBy(q => q.Id)
                .Select(q => new QuarantineEntry(q.Id, q.AccountId, q.Folder, q.Uid, q.Uidl == "" ? null : q.Uidl, q.From, q.Subject, q.Reason, q.QuarantinedAt, q.Raw != null))
                .ToListAsync(ct));
        });

        mail.MapGet("/quarantine/{id:long}/raw", async (long id, MailDbContext db, CancellationToken ct) =>
        {
            var raw = (await FindAsync(db, id, ct)).Raw ?? throw new NotFoundException($"Quarantined message {id} was too large to keep; it is in its mailbox.");
            return Results.File(raw, "message/rfc822", $"quarantined-{id}.eml");
        });

        mail.MapPost("/quarantine/{id:long}/reprocess", async (long id, MailDbContext db, MessageImporter importer, MailAccounts accounts, TimeProvider clock, CancellationToken ct) =>
        {
            var entry = await FindAsync(db, id, ct);
            var raw = entry.Raw ?? throw new ConflictException($"Quarantined message {id} was too large to keep: raise MaxMessageBytes, and the next reading of its mailbox imports it.");
            // Under the same position and keys: failing again, it stays this one entry; imported, it is imported once.
            var position = await PositionOfAsync(entry, accounts, ct);
            var result = await importer.ImportAsync(position, raw, ct);
            if (result.Outcome == ImportOutcome.Quarantined)
            {
                throw new UnprocessableException("message", $"It still cannot be imported: {result.Reason}");
            }

            await importer.RecordAsync([(position, result)], ct);
            (entry.ResolvedAt, entry.TicketNumber) = (clock.GetUtcNow().UtcDateTime, result.TicketNumber);
            await db.SaveChangesAsync(ct);
            return Results.Ok(result);
        });

        mail.MapPost("/quarantine/{id:long}/release", async (long id, ReleaseRequest? request, MailDbContext db, ITicketService tickets, MailAccounts accounts, TimeProvider clock, CancellationToken ct) =>
        {
            var entry = await FindAsync(db, id, ct);
            var queue = (await PositionOfAsync(entry, accounts, ct)).Queue;
            var sender = request?.CustomerEmail ?? (MimeKit.InternetAddressList.TryParse(entry.From ?? "", out var from) ? from.Mailboxes.FirstOrDefault()?.Address : null)
                ?? throw new UnprocessableException("customerEmail", "The message names no sender: give the customer's email address (customerEmail).");
            var ticket = await tickets.CreateAsync(Actor.System, new CreateTicketCommand
            {
                Title = string.IsNullOrWhiteSpace(entry.Subject) ? "(message from the mail quarantine)" : entry.Subject,
                Queue = queue,
                Customer = new CustomerReference(sender),
                Channel = ArticleChannels.Email,
                From = entry.From,
                Body = $"An administrator released this message from the mail quarantine, where it was kept because: {entry.Reason} It is attached as it came.",
                Attachments = entry.Raw is null ? null : [new AttachmentUpload("message.eml", "message/rfc822", entry.Raw)],
                IdempotencyKeys = [$"mail-release:{entry.Id}"],
            }, ct);
            (entry.ResolvedAt, entry.TicketNumber) = (clock.GetUtcNow().UtcDateTime, ticket.Summary.Number);
            await db.SaveChangesAsync(ct);
            return Results.Ok(new ImportResult(ImportOutcome.Ticket, ticket.Summary.Number, null));
        });

        mail.MapGet("/bounced-addresses", async (MailDbContext db, CancellationToken ct) =>
        {
            return Results.Ok(await db.BouncedAddresses.AsNoTracking().OrderByDescending(b => b.LastBounceAt).ToListAsync(ct));
        });
    }

    private static async Task<QuarantinedMessage> FindAsync(MailDbContext db, long id, CancellationToken ct) =>
        await db.Quarantine.SingleOrDefaultAsync(q => q.Id == id && q.ResolvedAt == null, ct)
            ?? throw new NotFoundException($"There is no quarantined message {id} waiting.");

    private static async Task<MailboxPosition> PositionOfAsync(QuarantinedMessage entry, MailAccounts accounts, CancellationToken ct)
    {
        var account = await accounts.FindAsync(entry.AccountId, ct)
            ?? throw new ConflictException($"Mail account '{entry.AccountId}', which the message came from, is no longer configured.");
        return new MailboxPosition(entry.AccountId, entry.Folder, account.Settings.Queue, (uint)entry.UidValidity, (uint)entry.Uid, entry.Uidl);
    }
}
