using System.Text.RegularExpressions;
using MimeKit;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Tells bounces, automatic replies and bulk mail from mail that people wrote, by the standard signs first (RFC 3464
/// delivery reports, RFC 5965 feedback reports, RFC 3834 Auto-Submitted, RFC 8098 read receipts) and then by the
/// non-standard ones that mail servers and programs in use still send (mailer-daemon senders, X-Failed-Recipients,
/// X-Autoreply, "Undeliverable:" and "Automatic reply:" subjects).
/// </summary>
public static partial class MessageClassifier
{
    private static readonly string[] DaemonLocalParts = ["mailer-daemon", "postmaster", "post_master", "mail.delivery.system", "double-bounce"];

    public static MessageClassification Classify(MimeMessage message) => Classify(message, []);

    /// <summary>
    /// Classifies a message that reached one of <paramref name="ownAddresses"/>: one that carries our own <c>X-Loop</c>
    /// header is our automatic mail come back (through a forward or another system's answer), an automatic reply.
    /// </summary>
    public static MessageClassification Classify(MimeMessage message, IReadOnlyCollection<string> ownAddresses)
    {
        return BounceReason(message) is { } bounce ? new(MessageKind.Bounce, bounce)
            : OwnLoopReason(message, ownAddresses) is { } loop ? new(MessageKind.AutoReply, loop)
            : AutoReplyReason(message) is { } autoReply ? new(MessageKind.AutoReply, autoReply)
            : BulkReason(message) is { } bulk ? new(MessageKind.Bulk, bulk)
            : new(MessageKind.Personal, "no sign of a machine");
    }

    private static string? BounceReason(MimeMessage message)
    {
        foreach (var entity in message.BodyParts.Prepend(message.Body).OfType<MimeEntity>())
        {
            var type = entity.ContentType;
            if (type.IsMimeType("multipart", "report") && type.Parameters["report-type"] is { } report
                && (report.Equals("delivery-status", StringComparison.OrdinalIgnoreCase) || report.Equals("feedback-report", StringComparison.OrdinalIgnoreCase)))
            {
                return $"a {report} report (multipart/report)";
            }

            if (type.IsMimeType("message", "delivery-status") || type.IsMimeType("message", "global-delivery-status") || type.IsMimeType("message", "feedback-report"))
            {
                return $"a {type.MimeType} part";
            }
        }

        if (message.Headers.Contains("X-Failed-Recipients"))
        {
            return "an X-Failed-Recipients header";
        }

        if (message.Headers.Contains("X-Apple-Unsubscribe"))
        {
            return "an unsubscribe report (X-Apple-Unsubscribe)";
        }

        // Without a report, a bounce shows by two signs together: a mail system as sender or a failure in the subject, and
        // the failure in the text (or the returned message attached). Either alone is also found in people's mail.
        var daemon = message.From.Mailboxes.FirstOrDefault() is { } from && DaemonLocalParts.Contains(from.LocalPart.ToLowerInvariant());
        var subject = message.Subject is { } text && BounceSubject().IsMatch(text);
        if ((daemon || subject) && FailureShown(message))
        {
            return daemon ? $"sent by {message.From.Mailboxes.First().LocalPart}, telling of a failure" : $"the subject '{message.Subject}', telling of a failure";
        }

        // Amazon SES reports through SNS: a JSON notification in the body.
        return message.TextBody is { } body && SesNotification().IsMatch(body) ? "an Amazon SES bounce or complaint notification" : null;
    }

    // Every text part is looked at, not only the one a mail program would show: broken bounces hide theirs.
    private static bool FailureShown(MimeMessage message) =>
        message.BodyParts.Any(p => p.ContentType.IsMimeType("message", "rfc822") || p.ContentType.IsMimeType("text", "rfc822-headers"))
        || message.BodyParts.OfType<MimePart>().Any(p => TextOf(p) is { } text && BounceText().IsMatch(text))
        || Preambles(message.Body).Any(text => BounceText().IsMatch(text));

    // A multipart whose boundary never comes keeps all its text as its preamble.
    private static IEnumerable<string> Preambles(MimeEntity? entity) => entity is Multipart multipart
        ? multipart.SelectMany(Preambles).Prepend(multipart.Preamble ?? "")
        : [];

    // The start of a part's text; a part declared multipart without a boundary is read as the text it is.
    private static string? TextOf(MimePart part)
    {
        const int Limit = 16_384;
        if (part is TextPart text)
        {
            return text.Text.Length <= Limit ? text.Text : text.Text[..Limit];
        }

        return part.ContentType.MediaType is "multipart" or "text" ? PartText.Decoded(part, Limit) : null;
    }

    private static string? OwnLoopReason(MimeMessage message, IReadOnlyCollection<string> ownAddresses) =>
        message.Headers.Where(h => h.Field.Equals("X-Loop", StringComparison.OrdinalIgnoreCase))
            .Select(h => ownAddresses.FirstOrDefault(own => h.Value.Contains(own, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>()
            .Select(own => $"our own X-Loop header ({own})")
            .FirstOrDefault();

    private static string? AutoReplyReason(MimeMessage message)
    {
        if (message.Headers[HeaderId.AutoSubmitted] is { } autoSubmitted && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            return $"Auto-Submitted: {autoSubmitted.Trim()}";
        }

        foreach (var header in new[] { "X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply" })
        {
            if (message.Headers.Contains(header))
            {
                return $"an {header} header";
            }
        }

        if (message.Body?.ContentType is { } type && type.IsMimeType("multipart", "report")
            && string.Equals(type.Parameters["report-type"], "disposition-notification", StringComparison.OrdinalIgnoreCase))
        {
            return "a read receipt (disposition-notification)";
        }

        return message.Subject is { } subject && AutoReplySubject().IsMatch(subject) ? $"the subject '{subject}'" : null;
    }

    private static string? BulkReason(MimeMessage message)
    {
        if (message.Headers[HeaderId.Precedence] is { } precedence && BulkPrecedence().IsMatch(precedence))
        {
            return $"Precedence: {precedence.Trim()}";
        }

        return message.Headers.Contains(HeaderId.ListId) ? "a List-Id header"
            : message.Headers.Contains(HeaderId.ListUnsubscribe) ? "a List-Unsubscribe header"
            : null;
    }

    [GeneratedRegex(@"undeliver|undelivered mail|returned mail|delivery (status )?notification|delivery failure|delivery has failed|mail delivery failed|message delivery has failed|failure notice|mail system error|non[- ]?delivery|could not be delivered|email delivery failure|delivery status|bounce notification|feedback report|dmarc forensic report|are not member|unzustellbar|non remis|недоставлен|не доставлен|メールエラー",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BounceSubject();

    [GeneratedRegex(@"could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|undeliverable|undelivered|delivery (to the following recipients? )?(has )?failed|failed permanently|permanent(ly)? (error|fatal)|unable to deliver|delivery failure|user unknown|unknown user|no such (user|mailbox)|mailbox (is )?(unavailable|full|not found)|does not exist|returned to sender|returning (the )?message|returned message|message (was )?returned|not (a )?member|delayed|retry timeout|did not reach|not recognized|unknown recipient|rejected|failure reasons|failed addresses|no valid recipients|unknown host|\b5\.\d{1,3}\.\d{1,3}\b|\b[45][0-9][0-9][ -]|недоставлен|не доставлен|unzustellbar|送信できません|届きません|エラー",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BounceText();

    [GeneratedRegex(@"^\s*(automatic reply|auto[- ]?reply|auto[- ]?response|autorespons|out of (the )?office|abwesenheitsnotiz|automatische antwort|réponse automatique|автоматический ответ|автоответ)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AutoReplySubject();

    [GeneratedRegex(@"^\s*(bulk|junk|list)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BulkPrecedence();

    [GeneratedRegex(@"""notificationType""\s*:\s*""(Bounce|Complaint)""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SesNotification();
}
