using System.Text;
using MimeKit;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Reads a message from its raw bytes as mail programs do, forgiving what real mail gets wrong at the very start: a
/// byte-order mark, blank or space-only lines before the headers, an mbox "From " line, and old Mac line ends (CR
/// only). What still cannot be read throws <see cref="MailImportException"/> with the parser's reason.
/// </summary>
public static class MessageReader
{
    // Before the first message, or its text in windows-1251 or KOI8-R would be read as Latin-1.
    static MessageReader() => WindowsCodePages.EnsureRegistered();

    public static MimeMessage Read(byte[] raw)
    {
        var start = SkipPreamble(raw);
        var bytes = raw.AsSpan(start).IndexOf((byte)'\n') < 0 && raw.AsSpan(start).IndexOf((byte)'\r') >= 0
            ? CrToLf(raw.AsSpan(start))
            : raw[start..];
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return MimeMessage.Load(stream);
        }
        catch (FormatException error)
        {
            throw new MailImportException($"The message cannot be read: {error.Message}");
        }
    }

    // Where the headers begin: after a byte-order mark, lines of nothing but white space, and an mbox "From " line.
    private static int SkipPreamble(byte[] raw)
    {
        var position = raw.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        while (true)
        {
            var end = raw.AsSpan(position).IndexOf((byte)'\n');
            if (end < 0)
            {
                return position;
            }

            var line = raw.AsSpan(position, end);
            var blank = line.Trim(" \t\r"u8).IsEmpty;
            if (!blank && !line.StartsWith("From "u8))
            {
                return position;
            }

            position += end + 1;
        }
    }

    private static byte[] CrToLf(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        copy.AsSpan().Replace((byte)'\r', (byte)'\n');
        return copy;
    }
}
