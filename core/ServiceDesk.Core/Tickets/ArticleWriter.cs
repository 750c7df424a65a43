using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Builds article rows: checks sizes, sanitizes HTML, derives text from HTML when no text came, and stores attachment
/// contents before the transaction commits (an orphaned content file is harmless; a row without its file is not).
/// </summary>
public sealed partial class ArticleWriter(
    HtmlBodySanitizer sanitizer,
    AttachmentStore store,
    ChangeRecorder recorder,
    IOptions<ServiceDeskOptions> options)
{
    public async Task<Article> BuildAsync(long ticketId, Actor actor, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;
        var html = string.IsNullOrWhiteSpace(draft.BodyHtml) ? null : draft.BodyHtml;
        var text = string.IsNullOrWhiteSpace(draft.Body) ? null : draft.Body;
        if (text is null && html is null && draft.Attachments.Count == 0)
        {
            throw new ValidationException("body", "A message body is required.");
        }

        if ((text?.Length ?? 0) > limits.MaxBodyChars || (html?.Length ?? 0) > limits.MaxBodyChars)
        {
            throw new PayloadTooLargeException($"The message body is longer than {limits.MaxBodyChars} characters.");
        }

        if (!ChannelPattern().IsMatch(draft.Channel))
        {
            throw new ValidationException("channel", "A channel is 1 to 32 lower-case letters, digits or dashes.");
        }

        var safeHtml = html is null ? null : sanitizer.Sanitize(html);
        var article = new Article
        {
            TicketId = ticketId,
            Channel = draft.Channel,
            Direction = draft.Direction,
            VisibleToCustomer = draft.VisibleToCustomer,
            From = draft.From,
            To = draft.To,
            Cc = draft.Cc,
            Subject = draft.Subject,
            BodyText = text ?? (safeHtml is null ? "" : sanitizer.ToText(safeHtml)),
            BodyHtml = safeHtml,
            CreatedAt = recorder.Now,
            AuthorUserId = actor.IsAgent ? actor.Id : null,
            AuthorCustomerUserId = actor.IsCustomer ? actor.Id : null,
            AuthorName = actor.Name,
        };

        foreach (var upload in draft.Attachments)
        {
            article.Attachments.Add(await StoreAsync(upload, limits.MaxAttachmentBytes, cancellationToken));
        }

        return article;
    }

    private async Task<Attachment> StoreAsync(AttachmentUpload upload, long maxBytes, CancellationToken cancellationToken)
    {
        var content = upload.Content ?? throw new ValidationException("attachments", "An attachment has no content.");
        if (content.LongLength > maxBytes)
        {
            throw new PayloadTooLargeException($"Attachment '{FileNameSanitizer.Sanitize(upload.FileName)}' is larger than {maxBytes} bytes.");
        }

        return new Attachment
        {
            FileName = FileNameSanitizer.Sanitize(upload.FileName),
            ContentType = string.IsNullOrWhiteSpace(upload.ContentType) ? "application/octet-stream" : upload.ContentType.Trim(),
            Size = content.LongLength,
            Sha256 = await store.SaveAsync(content, cancellationToken),
            ContentId = upload.ContentId,
            Inline = upload.Inline,
        };
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex ChannelPattern();
}
