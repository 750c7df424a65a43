using System.Text;
using MimeKit;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>The content of a part that MimeKit does not read as text (a report's fields, a broken multipart), as text.</summary>
public static class PartText
{
    /// <summary>The content decoded from its transfer encoding and read as UTF-8, at most <paramref name="limit"/> bytes; null when there is none.</summary>
    public static string? Decoded(MimePart part, int limit = int.MaxValue)
    {
        if (part.Content is null)
        {
            return null;
        }

        using var decoded = new MemoryStream();
        part.Content.DecodeTo(decoded);
        return Encoding.UTF8.GetString(decoded.GetBuffer(), 0, (int)Math.Min(decoded.Length, limit));
    }
}
