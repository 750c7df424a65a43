using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Messaging;

/// <summary>
/// A message to one person that is not an article of a ticket, such as a notification to an agent (SDK 1.5.0). A channel
/// sends it once per <see cref="Key"/>, however often it is handed over.
/// </summary>
public sealed record OutboundMessage
{
    /// <summary>The recipient's address in the channel (an email address for email).</summary>
    public required string To { get; init; }

    /// <summary>The recipient's name, as a mail program shows it; none when empty.</summary>
    public string? ToName { get; init; }

    /// <summary>The subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The text.</summary>
    public required string Body { get; init; }

    /// <summary>The same as HTML, when there is an HTML form; the channel sends both.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>The ticket it is about, if one: it is sent from that ticket's queue and names the ticket as its replies do.</summary>
    public string? TicketNumber { get; init; }

    /// <summary>What kind of machine mail it is; <see cref="ArticleAutomation.Notification"/> unless it answers a message.</summary>
    public ArticleAutomation Automation { get; init; } = ArticleAutomation.Notification;

    /// <summary>
    /// Names the message among all that were ever handed over (1 to 200 characters, such as
    /// <c>templates:assigned:{event id}:{agent id}</c>): one with a key handed over before is not sent again.
    /// </summary>
    public required string Key { get; init; }
}
