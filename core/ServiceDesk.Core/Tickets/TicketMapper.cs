using System.Linq.Expressions;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>Turns tickets and articles into the SDK's records.</summary>
public static class TicketMapper
{
    /// <summary>A projection that the database runs, for lists.</summary>
    public static readonly Expression<Func<Ticket, TicketSummary>> SummaryProjection = t => new TicketSummary(
        t.Id,
        t.Number,
        t.Title,
        t.QueueId,
        t.Queue.Name,
        t.State.Name,
        t.State.Type,
        t.Priority,
        t.OwnerId,
        t.Locked,
        t.CustomerUserId,
        t.CustomerUser == null ? null : t.CustomerUser.Email,
        t.CustomerCompanyId,
        new DateTimeOffset(t.CreatedAt, TimeSpan.Zero),
        new DateTimeOffset(t.ChangedAt, TimeSpan.Zero),
        t.Version);

    private static readonly Func<Ticket, TicketSummary> CompiledSummary = SummaryProjection.Compile();

    public static DateTimeOffset ToOffset(DateTime utc) => new(utc, TimeSpan.Zero);

    public static DateTimeOffset? ToOffset(DateTime? utc) => utc is null ? null : ToOffset(utc.Value);

    /// <summary>Maps a ticket loaded with its queue, state, customer, tags, field values and links.</summary>
    public static TicketDetails ToDetails(Ticket ticket, IReadOnlyDictionary<long, string> numbersById) => new(
        CompiledSummary(ticket),
        ticket.ResponsibleId,
        ticket.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList(),
        ticket.FieldValues.ToDictionary(v => v.Field.Name, v => (string?)v.Value),
        ToOffset(ticket.FirstResponseAt),
        ToOffset(ticket.ClosedAt),
        ToOffset(ticket.PendingUntil),
        ticket.MergedIntoTicketId is { } into ? numbersById.GetValueOrDefault(into) : null,
        ticket.Links
            .Where(l => numbersById.ContainsKey(l.OtherTicketId))
            .Select(l => new TicketLinkInfo(numbersById[l.OtherTicketId], l.Kind))
            .ToList());

    public static ArticleDetails ToDetails(Article article) => new(
        article.Id,
        article.TicketId,
        article.Channel,
        article.Direction,
        article.VisibleToCustomer,
        article.From,
        article.To,
        article.Cc,
        article.Subject,
        article.BodyText,
        article.BodyHtml,
        ToOffset(article.CreatedAt),
        article.AuthorName,
        article.Attachments.OrderBy(a => a.Id).Select(ToInfo).ToList(),
        article.Automation);

    public static AttachmentInfo ToInfo(Attachment attachment) => new(
        attachment.Id,
        attachment.FileName,
        attachment.ContentType,
        attachment.Size,
        attachment.Sha256,
        attachment.ContentId,
        attachment.Inline);
}
