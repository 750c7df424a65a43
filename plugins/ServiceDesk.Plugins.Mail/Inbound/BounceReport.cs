using System.Text.RegularExpressions;
using MimeKit;
using ServiceDesk.Plugins.Mail.Threading;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// What a bounce says: the addresses that failed, why, and which of our tickets the undelivered mail belonged to (by
/// our Message-ID in the returned message or its headers, or by the ticket number in a subject).
/// </summary>
public sealed partial record BounceReport(IReadOnlyList<string> FailedRecipients, string Reason, IReadOnlyList<string> TicketNumbers)
{
    public static BounceReport Read(MimeMessage bounce, TicketNumberInSubject numbers)
    {
        var texts = bounce.BodyParts.OfType<TextPart>().Select(p => p.Text).Append(bounce.TextBody ?? "").ToList();
        foreach (var part in bounce.BodyParts.OfType<MimePart>())
        {
            // message/delivery-status and its kin: fields, read as text.
            if (part is not TextPart && part.ContentType.MediaType == "message" && PartText.Decoded(part) is { } fields)
            {
                texts.Add(fields);
            }
        }

        var returned = bounce.BodyParts.OfType<MessagePart>().Select(p => p.Message).OfType<MimeMessage>().ToList();
        var messageIds = returned.Select(m => m.MessageId)
            .Concat(texts.SelectMany(t => MessageIdField().Matches(t).Select(m => m.Groups["id"].Value)))
            .Concat(bounce.References)
            .Append(bounce.InReplyTo)
            .OfType<string>();
        var tickets = messageIds.Select(OurMessageIds.TicketNumberOf).OfType<string>()
            .Concat(numbers.Find(bounce.Subject))
            .Concat(returned.SelectMany(m => numbers.Find(m.Subject)))
            .Concat(texts.SelectMany(t => numbers.Find(t)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var failed = (bounce.Headers["X-Failed-Recipients"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(texts.SelectMany(t => RecipientField().Matches(t).Select(m => m.Groups["address"].Value.Trim('<', '>', ' '))))
            .Where(a => a.Contains('@', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var status = texts.Select(t => StatusField().Match(t)).FirstOrDefault(m => m.Success)?.Groups["status"].Value;
        var diagnostic = texts.Select(t => DiagnosticField().Match(t)).FirstOrDefault(m => m.Success)?.Groups["text"].Value.Trim();
        var reason = string.Join("; ", new[] { status is null ? null : $"status {status}", diagnostic }.OfType<string>());
        return new BounceReport(failed, reason.Length > 0 ? reason : bounce.Subject ?? "no reason given", tickets);
    }

    [GeneratedRegex(@"^Message-ID:\s*<?(?<id>[^>\s]+)>?", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MessageIdField();

    [GeneratedRegex(@"^(Final|Original)-Recipient:\s*(rfc822;)?\s*(?<address>\S+)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RecipientField();

    [GeneratedRegex(@"^Status:\s*(?<status>\d\.\d{1,3}\.\d{1,3})", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatusField();

    [GeneratedRegex(@"^Diagnostic-Code:\s*(?<text>.{1,300})", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DiagnosticField();
}
