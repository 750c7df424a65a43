using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Tickets;

/// <summary>An article about to be written, whatever operation it comes from (create, reply, split, follow-up).</summary>
public sealed record ArticleDraft(
    string Channel,
    ArticleDirection Direction,
    bool VisibleToCustomer,
    string? From,
    string? To,
    string? Cc,
    string? Subject,
    string? Body,
    string? BodyHtml,
    IReadOnlyList<AttachmentUpload> Attachments);
