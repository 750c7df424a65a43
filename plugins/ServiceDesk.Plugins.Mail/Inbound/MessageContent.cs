using MimeKit;
using MimeKit.Tnef;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>A message's text, HTML and files, as an article takes them.</summary>
/// <param name="Text">The plain-text body; empty when the message has HTML only (the core derives the text from it).</param>
/// <param name="Html">The HTML body, if any; the core sanitizes it.</param>
/// <param name="Attachments">
/// Attached files, inline images (kept with their Content-ID) and attached messages (as .eml); the files inside a
/// winmail.dat instead of the winmail.dat, unless it cannot be unpacked.
/// </param>
public sealed record MessageContent(string Text, string? Html, IReadOnlyList<AttachmentUpload> Attachments)
{
    public static async Task<MessageContent> ReadAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(message.TextBody) ? null : message.TextBody;
        var html = string.IsNullOrWhiteSpace(message.HtmlBody) ? null : message.HtmlBody;
        var attachments = new List<AttachmentUpload>();
        AttachmentUpload? richText = null;
        foreach (var entity in message.BodyParts)
        {
            if (entity is TnefPart tnef && await TnefContent.ReadAsync(tnef, attachments.Count + 1, cancellationToken) is { } unpacked)
            {
                // The TNEF's forms of the text fill in those the message lacks: Exchange sends plain text beside a
                // winmail.dat that holds the formatted text.
                text ??= unpacked.Text;
                html ??= unpacked.Html;
                richText ??= unpacked.RichText;
                attachments.AddRange(unpacked.Attachments);
            }
            else if (await AttachmentReader.ReadAsync(entity, attachments.Count + 1, cancellationToken) is { } attachment)
            {
                attachments.Add(attachment);
            }
        }

        if (text is null && html is null && richText is not null)
        {
            // Outlook's rich-text mail without another form of its text: kept as the file it is.
            attachments.Insert(0, richText);
        }

        if (text is null && html is null && attachments.Count == 0)
        {
            // An empty message still says that someone wrote: it is kept, with a word for the agent.
            text = "(The message has no text.)";
        }

        return new MessageContent(text ?? "", html, attachments);
    }
}
