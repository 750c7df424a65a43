using MimeKit;
using MimeKit.Tnef;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Turns the parts of a message that are not its text into files for an article: attachments, inline images (with
/// their Content-ID) and attached messages (as .eml). Names are left as the sender wrote them: the core sanitizes every
/// attachment's name (directories, "..", control characters, length) when it stores the file. Only a part without a
/// name gets one here, with an extension for its type, so that agents can open it.
/// </summary>
public static class AttachmentReader
{
    /// <summary>The file that <paramref name="entity"/> is, or null when it is (a form of) the message's text.</summary>
    public static async Task<AttachmentUpload?> ReadAsync(MimeEntity entity, int ordinal, CancellationToken cancellationToken)
    {
        switch (entity)
        {
            case MessagePart { Message: not null } attached:
                return await MessageFileAsync(attached.Message, ordinal, cancellationToken);
            case TextPart text when !text.IsAttachment:
                // The body, in one of its forms.
                return null;
            case MimePart { Content: not null } part when part.IsAttachment || part.ContentId is not null || part is TnefPart:
                using (var content = new MemoryStream())
                {
                    await part.Content.DecodeToAsync(content, cancellationToken);
                    return new AttachmentUpload(
                        NameOf(part, ordinal),
                        TypeOf(part),
                        content.ToArray(),
                        part.ContentId,
                        Inline: !part.IsAttachment && part is not TnefPart);
                }

            default:
                return null;
        }
    }

    /// <summary>A message as an .eml file named after its subject.</summary>
    public static async Task<AttachmentUpload> MessageFileAsync(MimeMessage message, int ordinal, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await message.WriteToAsync(content, cancellationToken);
        // A subject is not a path: "Invoice 3/2024" would otherwise lose all but "2024" to the core's sanitizing.
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? $"message-{ordinal}" : message.Subject.Replace('/', '-').Replace('\\', '-');
        return new AttachmentUpload(subject + ".eml", "message/rfc822", content.ToArray());
    }

    private static string NameOf(MimePart part, int ordinal) =>
        string.IsNullOrWhiteSpace(part.FileName)
            ? $"attachment-{ordinal}{(MimeTypes.TryGetExtension(part.ContentType.MimeType, out var extension) ? extension : "")}"
            : part.FileName;

    // Outlook's TNEF gives every file application/octet-stream; the name tells more.
    private static string TypeOf(MimePart part) =>
        part.ContentType.IsMimeType("application", "octet-stream") && !string.IsNullOrWhiteSpace(part.FileName)
            ? MimeTypes.GetMimeType(part.FileName)
            : part.ContentType.MimeType;
}
