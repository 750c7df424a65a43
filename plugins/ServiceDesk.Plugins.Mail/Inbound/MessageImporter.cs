using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Filters;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Turns one message into a new ticket in the account's queue, or into a follow-up of the ticket whose number its
/// subject carries. The message's keys (its place in the mailbox, its Message-ID with a hash of its content) go with
/// it, so that importing it again, after a crash or from a second mailbox, writes nothing.
/// </summary>
public sealed partial class MessageImporter(
    ITicketService tickets,
    TicketNumberInSubject numbers,
    MailDbContext db,
    MailQuarantine quarantine,
    RejectedFollowUps rejections,
    MailSettings settings,
    TimeProvider clock,
    MailFilters filters,
    MailAccounts accounts,
    ILogger<MessageImporter> logger)
{
    // The core's limit on titles; longer subjects are cut there.
    private const int MaxTitleLength = 255;

    /// <summary>
    /// Imports a message from its raw bytes: as a ticket, a follow-up, or a bounce noted on its ticket; what cannot be
    /// imported goes to the quarantine with the reason. Only a failure of the database or the like throws.
    /// </summary>
    public Task<ImportResult> ImportAsync(MailboxPosition position, byte[] raw, CancellationToken cancellationToken) =>
        ImportAsync(position, raw, null, cancellationToken);

    /// <summary>Imports a message of <paramref name="batch"/>, whose earlier messages it may answer.</summary>
    public async Task<ImportResult> ImportAsync(MailboxPosition position, byte[] raw, ImportBatch? batch, CancellationToken cancellationToken)
    {
        var ownAddresses = batch?.OwnAddresses ?? await accounts.OwnAddressesAsync(cancellationToken);
        MimeMessage? message = null;
        MessageClassification? classification = null;
        try
        {
            message = MessageReader.Read(raw);
            classification = MessageClassifier.Classify(message, ownAddresses);
            AutoReplyPolicy.Demand(settings.AutoReplies, classification);
            return classification.Kind == MessageKind.Bounce
                ? await ImportBounceAsync(position, message, raw, classification, cancellationToken)
                : await ImportAsync(position, message, AutomationOf(classification), batch, cancellationToken);
        }
        catch (FollowUpRejectedException rejected) when (message is not null && classification is not null && SenderOf(message) is { } sender)
        {
            // Kept like any message refused, and its sender is told (unless a machine wrote it).
            var reason = await rejections.QuarantineAsync(
                position, raw, message, classification, sender, ownAddresses, MessageKeyOf(position, message), rejected.TicketNumber, cancellationToken);
            LogQuarantined(logger, position.Label, position.AccountId, reason);
            return new ImportResult(ImportOutcome.Quarantined, null, null, reason);
        }
        catch (Exception error) when (error is MailImportException or ServiceDeskException)
        {
            // Refused as it stands (unreadable, no sender, an invalid address, a file too large...): kept.
            var reason = error is ValidationException invalid
                ? string.Join(" ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
                : error.Message;
            await quarantine.AddAsync(position, raw, message, reason, notice: null, cancellationToken);
            LogQuarantined(logger, position.Label, position.AccountId, reason);
            return new ImportResult(ImportOutcome.Quarantined, null, null, reason);
        }
    }

    // A bounce goes to the ticket whose mail could not be delivered, as an internal note with the reason and the report
    // attached; the addresses that failed are flagged. A bounce that names none of our tickets is quarantined.
    private async Task<ImportResult> ImportBounceAsync(
        MailboxPosition position, MimeMessage bounce, byte[] raw, MessageClassification classification, CancellationToken cancellationToken)
    {
        var report = BounceReport.Read(bounce, numbers);
        foreach (var number in report.TicketNumbers)
        {
            if (!await ExistsAsync(number, cancellationToken))
            {
                continue;
            }

            var recipients = report.FailedRecipients.Count == 0 ? "a recipient" : string.Join(", ", report.FailedRecipients);
            var note = await tickets.AddArticleAsync(Actor.System, number, new AddArticleCommand
            {
                Internal = true,
                Channel = ArticleChannels.Email,
                Direction = ArticleDirection.Incoming,
                Subject = "Mail could not be delivered",
                Body = $"The mail server reports that mail to {recipients} could not be delivered: {report.Reason}. (Recognised as a bounce by {classification.Reason}.)",
                From = bounce.From.ToString(),
                Attachments = [new AttachmentUpload("bounce.eml", "message/rfc822", raw)],
                IdempotencyKeys = KeysOf(position, bounce),
            }, null, cancellationToken);
            await FlagAsync(report, cancellationToken);
            return new ImportResult(ImportOutcome.Bounce, number, note.Id, report.Reason, bounce.MessageId);
        }

        throw new MailImportException($"A bounce ({classification.Reason}) that names none of our tickets: {report.Reason}.");
    }

    private async Task FlagAsync(BounceReport report, CancellationToken cancellationToken)
    {
        foreach (var address in report.FailedRecipients.Where(a => a.Length <= 254))
        {
            var flagged = await db.BouncedAddresses.FindAsync([address.ToLowerInvariant()], cancellationToken);
            if (flagged is null)
            {
                flagged = new BouncedAddress { Address = address.ToLowerInvariant() };
                db.BouncedAddresses.Add(flagged);
            }

            flagged.Bounces++;
            flagged.LastReason = report.Reason.Length <= 2_000 ? report.Reason : report.Reason[..2_000];
            flagged.LastBounceAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // A machine's message is marked as such on its article, so that no plugin answers it automatically (a loop could start).
    private static ArticleAutomation AutomationOf(MessageClassification classification) => classification.Kind switch
    {
        MessageKind.Personal => ArticleAutomation.None,
        MessageKind.AutoReply => ArticleAutomation.Reply,
        _ => ArticleAutomation.Notification,
    };

    private async Task<ImportResult> ImportAsync(
        MailboxPosition position, MimeMessage message, ArticleAutomation automation, ImportBatch? batch, CancellationToken cancellationToken)
    {
        if (batch is not null)
        {
            filters.Use(batch.Filters);
        }

        var filtered = await filters.ApplyAsync(message, cancellationToken);
        var sender = SenderOf(message) ?? throw new MailImportException("The message names no sender (From, Sender or Reply-To).");
        var keys = KeysOf(position, message);
        var content = await MessageContent.ReadAsync(message, cancellationToken);

        foreach (var number in await TicketNumbersOfAsync(message, batch, cancellationToken))
        {
            if (!await ExistsAsync(number, cancellationToken))
            {
                continue;
            }

            var article = await tickets.AddArticleAsync(Actor.System, number, new AddArticleCommand
            {
                Subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject,
                Body = content.Text,
                BodyHtml = content.Html,
                Channel = ArticleChannels.Email,
                From = message.From.ToString(),
                To = message.To.ToString(),
                Cc = message.Cc.Count == 0 ? null : message.Cc.ToString(),
                Attachments = content.Attachments,
                FromCustomer = new CustomerReference(sender.Address, NameOf(sender)),
                Automation = automation,
                IdempotencyKeys = keys,
            }, null, cancellationToken);
            return new ImportResult(ImportOutcome.FollowUp, number, article.Id, MessageId: message.MessageId);
        }

        var ticket = await tickets.CreateAsync(Actor.System, filtered.ForNewTicket(new CreateTicketCommand
        {
            Title = TitleOf(message.Subject),
            Queue = position.Queue,
            Customer = new CustomerReference(sender.Address, NameOf(sender)),
            Body = content.Text,
            BodyHtml = content.Html,
            Channel = ArticleChannels.Email,
            From = message.From.ToString(),
            Attachments = content.Attachments,
            Automation = automation,
            IdempotencyKeys = keys,
        }), cancellationToken);
        // A copy of a message imported before gets the article written then (matched by its Message-ID key).
        var first = ticket.FirstArticleId ?? throw new InvalidOperationException($"Ticket {ticket.Summary.Number} came without its first article.");
        LogCreated(logger, ticket.Summary.Number, position.AccountId, position.Label);
        return new ImportResult(ImportOutcome.Ticket, ticket.Summary.Number, first, MessageId: message.MessageId);
    }

    // The tickets a message belongs to, most certain first: the numbers in its subject, then the tickets of the messages
    // it answers (In-Reply-To, then References from the newest): our own replies name theirs, and the customers'
    // messages we imported are on record, or in this batch; last, with TicketNumberInBody, the numbers in its text.
    private async Task<IReadOnlyList<string>> TicketNumbersOfAsync(MimeMessage message, ImportBatch? batch, CancellationToken cancellationToken)
    {
        var found = numbers.Find(message.Subject).ToList();
        var answered = new List<string>();
        if (!string.IsNullOrWhiteSpace(message.InReplyTo))
        {
            answered.Add(message.InReplyTo);
        }

        answered.AddRange(message.References.Reverse());
        found.AddRange(answered.Select(OurMessageIds.TicketNumberOf).OfType<string>());
        var others = answered.Where(id => OurMessageIds.TicketNumberOf(id) is null && id.Length <= MailDbContext.MaxMessageIdLength).ToList();
        if (others.Count > 0)
        {
            found.AddRange(batch?.TicketsOf(others) ?? []);
            found.AddRange(await db.ImportedMessages
                .Where(i => i.MessageId != null && others.Contains(i.MessageId))
                .OrderByDescending(i => i.ArticleId)
                .Select(i => i.TicketNumber)
                .ToListAsync(cancellationToken));
        }

        if (settings.TicketNumberInBody)
        {
            found.AddRange(TicketNumberInBody.Find(numbers, message));
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Records which messages became which articles, after their commits, in one write for a batch. Best effort: without
    /// it, only threading by these messages' ids and the administrators' record are lost, not the messages.
    /// </summary>
    public async Task RecordAsync(IReadOnlyList<(MailboxPosition Position, ImportResult Result)> imports, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var written = imports.Where(i => i.Result.ArticleId is not null).ToList();
        var recorded = new HashSet<MailboxPosition>();
        foreach (var folder in written.GroupBy(i => (i.Position.AccountId, i.Position.Folder, i.Position.UidValidity)))
        {
            var (account, name, uidValidity) = folder.Key;
            // IMAP's messages differ by UID (their UIDLs are empty), POP3's by UIDL (their UIDs are 0).
            var uids = folder.Select(i => (long)i.Position.Uid).Distinct().ToList();
            var uidls = folder.Select(i => i.Position.Uidl).Distinct().ToList();
            var known = (await db.ImportedMessages
                .Where(i => i.AccountId == account && i.Folder == name && i.UidValidity == uidValidity && uids.Contains(i.Uid) && uidls.Contains(i.Uidl))
                .Select(i => new { i.Uid, i.Uidl })
                .ToListAsync(cancellationToken)).Select(i => (i.Uid, i.Uidl)).ToHashSet();
            recorded.UnionWith(folder.Select(i => i.Position).Where(p => known.Contains((p.Uid, p.Uidl))));
        }

        foreach (var (position, result) in written.Where(i => !recorded.Contains(i.Position)))
        {
            db.ImportedMessages.Add(new ImportedMessage
            {
                AccountId = position.AccountId,
                Folder = position.Folder,
                UidValidity = position.UidValidity,
                Uid = position.Uid,
                Uidl = position.Uidl,
                ArticleId = result.ArticleId!.Value,
                TicketNumber = result.TicketNumber!,
                MessageId = string.IsNullOrWhiteSpace(result.MessageId) || result.MessageId.Length > MailDbContext.MaxMessageIdLength ? null : result.MessageId,
                ImportedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Where the message sits in the mailbox, and (when it has one) its Message-ID with a hash of what it says: the same
    // message delivered to two of the helpdesk's addresses becomes one ticket, while two different messages that a
    // careless mailer gave the same Message-ID stay two. A POP3 message's place is its account and UIDL as they are
    // (short enough for a key); an IMAP folder's name may be too long, and is hashed with UIDVALIDITY and UID.
    private static List<string> KeysOf(MailboxPosition position, MimeMessage message)
    {
        var keys = new List<string>
        {
            position.Uidl.Length > 0
                ? $"mail-pop3:{position.AccountId}:{position.Uidl}"
                : "mail:" + Hash($"{position.AccountId}\n{position.Folder}\n{position.UidValidity}\n{position.Uid}"),
        };
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            keys.Add("mail-message:" + Hash($"{message.MessageId}\n{message.From}\n{message.Date:O}\n{message.Subject}\n{message.TextBody}"));
        }

        return keys;
    }

    // The message's name among its keys: its Message-ID key, or its place in the mailbox when it has no Message-ID.
    private static string MessageKeyOf(MailboxPosition position, MimeMessage message) => KeysOf(position, message)[^1];

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<bool> ExistsAsync(string number, CancellationToken cancellationToken)
    {
        try
        {
            await tickets.GetAsync(Actor.System, number, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private static MailboxAddress? SenderOf(MimeMessage message) =>
        message.From.Mailboxes.FirstOrDefault() ?? message.Sender ?? message.ReplyTo.Mailboxes.FirstOrDefault();

    // The display name as the sender wrote it (MimeKit decodes RFC 2047 words); none when it only repeats the address.
    private static string? NameOf(MailboxAddress sender) =>
        string.IsNullOrWhiteSpace(sender.Name) || string.Equals(sender.Name.Trim(), sender.Address, StringComparison.OrdinalIgnoreCase)
            ? null
            : sender.Name.Trim();

    private static string TitleOf(string? subject)
    {
        var title = string.IsNullOrWhiteSpace(subject) ? "(no subject)" : subject.Trim();
        return title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 1)] + "…";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Message} of mail account {Account} is quarantined: {Reason}")]
    private static partial void LogQuarantined(ILogger logger, string message, string account, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {Number} opened from message {Message} of mail account {Account}")]
    private static partial void LogCreated(ILogger logger, string number, string account, string message);
}
