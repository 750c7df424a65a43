namespace ServiceDesk.Abstractions.Tickets;

/// <summary>One message of a ticket.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="TicketId">The ticket it belongs to.</param>
/// <param name="Channel">How it came or went (see <see cref="ArticleChannels"/>).</param>
/// <param name="Direction">Which way it travelled.</param>
/// <param name="VisibleToCustomer">False for internal notes.</param>
/// <param name="From">Sender as written.</param>
/// <param name="To">Recipients as written.</param>
/// <param name="Cc">Copy recipients as written.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="BodyText">Plain-text body.</param>
/// <param name="BodyHtml">Sanitized HTML body, when the message had one.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="AuthorName">Who wrote it.</param>
/// <param name="Attachments">Files that came with it.</param>
/// <param name="Automation">Whether a machine wrote it (<see cref="ArticleAutomation"/>).</param>
public sealed record ArticleDetails(
    long Id,
    long TicketId,
    string Channel,
    ArticleDirection Direction,
    bool VisibleToCustomer,
    string? From,
    string? To,
    string? Cc,
    string? Subject,
    string BodyText,
    string? BodyHtml,
    DateTimeOffset CreatedAt,
    string AuthorName,
    IReadOnlyList<AttachmentInfo> Attachments,
    ArticleAutomation Automation = ArticleAutomation.None);
