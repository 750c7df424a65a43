using MimeKit;
using MimeKit.Tnef;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// What Outlook packed into a <c>winmail.dat</c> (<c>application/ms-tnef</c>): the message's text in its forms and its
/// files. Exchange often sends a plain-text part beside it and keeps the formatted text and the files only inside.
/// </summary>
/// <param name="Text">The plain text, if the TNEF had it.</param>
/// <param name="Html">The HTML, if the TNEF had it.</param>
/// <param name="RichText">The body as RTF (Outlook's "rich text" mail), as a file, for a message that has no other text.</param>
/// <param name="Attachments">The files, and embedded messages as .eml.</param>
public sealed record TnefContent(string? Text, string? Html, AttachmentUpload? RichText, IReadOnlyList<AttachmentUpload> Attachments)
{
    // MimeKit's TNEF reader needs windows-1252: without it, the reader's type fails to initialize for good.
    static TnefContent() => WindowsCodePages.EnsureRegistered();

    /// <summary>
    /// Unpacks <paramref name="tnef"/>; null when it cannot be read or holds nothing, so that the caller keeps it as the
    /// file it came as.
    /// </summary>
    public static async Task<TnefContent?> ReadAsync(TnefPart tnef, int firstOrdinal, CancellationToken cancellationToken)
    {
        if (Convert(tnef) is not { } message)
        {
            return null;
        }

        var attachments = new List<AttachmentUpload>();
        AttachmentUpload? richText = null;
        foreach (var entity in message.BodyParts)
        {
            var ordinal = firstOrdinal + attachments.Count;
            if (entity is TnefPart embedded && Convert(embedded) is { } item)
            {
                // An Outlook item attached to the message (a forwarded mail, say) comes as TNEF of its own.
                attachments.Add(await AttachmentReader.MessageFileAsync(item, ordinal, cancellationToken));
            }
            else if (entity is TextPart { IsAttachment: false } rtf && rtf.ContentType.IsMimeType("text", "rtf"))
            {
                richText = new AttachmentUpload("message.rtf", "application/rtf", System.Text.Encoding.UTF8.GetBytes(rtf.Text));
            }
            else if (await AttachmentReader.ReadAsync(entity, ordinal, cancellationToken) is { } attachment)
            {
                attachments.Add(attachment);
            }
        }

        var text = string.IsNullOrWhiteSpace(message.TextBody) ? null : message.TextBody;
        var html = string.IsNullOrWhiteSpace(message.HtmlBody) ? null : message.HtmlBody;
        return text is null && html is null && richText is null && attachments.Count == 0
            ? null
            : new TnefContent(text, html, richText, attachments);
    }

    // The reader throws whatever broken input makes it throw (index, encoding, stream errors...); every failure means the
    // same here: the part cannot be unpacked, and stays as it came (a broken winmail.dat is kept whole, never lost).
    private static MimeMessage? Convert(TnefPart tnef)
    {
        try
        {
            return tnef.ConvertToMessage();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return null;
        }
    }
}
