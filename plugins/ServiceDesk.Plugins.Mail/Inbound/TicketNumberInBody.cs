using MimeKit;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// The ticket numbers written in a message's text (<c>[Ticket#2026112310000001]</c>, with the configured prefix), for
/// <see cref="MailSettings.TicketNumberInBody"/>: an answer whose subject lost the number, and that answers none of our
/// messages, still finds its ticket by the quoted reply. Off by default, because a message may quote other tickets.
/// </summary>
public static class TicketNumberInBody
{
    /// <summary>The numbers in the plain text (or, without one, in the HTML), first one first.</summary>
    public static IReadOnlyList<string> Find(TicketNumberInSubject numbers, MimeMessage message) =>
        numbers.Find(string.IsNullOrWhiteSpace(message.TextBody) ? message.HtmlBody : message.TextBody);
}
