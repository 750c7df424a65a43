using MimeKit;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>A message's text, HTML and files, as an article takes them.</summary>
/// <param name="Text">The plain-text body; empty when the message has HTML only (the core derives the text from it).</param>
/// <param name="Html">The HTML body, if any; the core sanitizes it.</param>
/// <param name="Attachments">Attached files, inline images (kept with their Content-ID) and attached messages (as .eml).</param>
public sealed record MessageContent(string Text, string? Html, IReadOnlyList<AttachmentUpload> Attachments)
{
    public static async Task<MessageContent> ReadAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var html = message.HtmlBody;
        var attachments = new List<AttachmentUpload>();
        foreach (var entity in message.BodyParts)
        {
            if (await AttachmentOfAsync(entity, attachments.Count + 1, cancellationToken) is { } attachment)
            {
                attachments.Add(attachment);
            }
        }

        var text = string.IsNullOrWhiteSpace(message.TextBody) ? "" : message.TextBody;
        if (text.Length == 0 && string.IsNullOrWhiteSpace(html) && attachments.Count == 0)
        {
            // An empty message still says that someone wrote: it is kept, with a word for the agent.
            text = "(The message has no text.)";
        }

        return new MessageContent(text, string.IsNullOrWhiteSpace(html) ? null : html, attachments);
    }

    // Parts that are not the message's own text: files, inline images, attached messages.
    private static async Task<AttachmentUpload?> AttachmentOfAsync(MimeEntity entity, int ordinal, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        switch (entity)
        {
            case MessagePart { Message: not null } attached:
                await attached.Message.WriteToAsync(content, cancellationToken);
                var subject = string.IsNullOrWhiteSpace(attached.Message.Subject) ? $"message-{ordinal}" : attached.Message.Subject;
                return new AttachmentUpload(subject + ".eml", "message/rfc822", content.ToArray());
            case TextPart text when !text.IsAttachment:
                // The body, in one of its forms.
                return null;
            case MimePart { Content: not null } part when part.IsAttachment || part.ContentId is not null:
                await part.Content.DecodeToAsync(content, cancellationToken);
                return new AttachmentUpload(
                    part.FileName ?? $"attachment-{ordinal}",
                    part.ContentType.MimeType,
                    content.ToArray(),
                    part.ContentId,
                    Inline: !part.IsAttachment);
            default:
                return null;
        }
    }
}
