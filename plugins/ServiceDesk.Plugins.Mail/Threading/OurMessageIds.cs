using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDesk.Plugins.Mail.Threading;

/// <summary>
/// The Message-IDs of the mail ServiceDesk sends, <c>ticket.{number}.{article}@{domain}</c>: a reply that refers to
/// one (In-Reply-To, References) names its ticket by itself, whatever its subject says. A notice that a follow-up was
/// rejected has no article, and names no ticket this way: <c>notice.{number}.{quarantine entry}@{domain}</c>.
/// </summary>
public static partial class OurMessageIds
{
    public static string For(string ticketNumber, long articleId, string domain) =>
        string.Create(CultureInfo.InvariantCulture, $"ticket.{ticketNumber}.{articleId}@{domain}");

    /// <summary>The notice to the sender of the follow-up to ticket <paramref name="ticketNumber"/> kept in quarantine entry <paramref name="quarantineId"/>.</summary>
    public static string ForNotice(string ticketNumber, long quarantineId, string domain) =>
        string.Create(CultureInfo.InvariantCulture, $"notice.{ticketNumber}.{quarantineId}@{domain}");

    /// <summary>
    /// A message that another plugin handed over (a notification to an agent): <c>message.{id}@{domain}</c>. It names no
    /// ticket, so that an agent's answer to a notification does not land on the ticket as the customer's message.
    /// </summary>
    public static string ForOutbound(long outboundMailId, string domain) =>
        string.Create(CultureInfo.InvariantCulture, $"message.{outboundMailId}@{domain}");

    /// <summary>The ticket number in one of ours; null for anybody else's.</summary>
    public static string? TicketNumberOf(string messageId) =>
        Pattern().Match(messageId) is { Success: true } match ? match.Groups["number"].Value : null;

    [GeneratedRegex(@"^<?ticket\.(?<number>\d{1,40})\.\d{1,20}@[^>]+>?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
