using System.Text;
using MimeKit.Tnef;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// Writes TNEF streams (winmail.dat) for tests, after the format's specification (MS-OXTNEF): MimeKit reads TNEF but does
/// not write it. A stream is a signature and a key, then attributes, each: a level (message or attachment), a tag, the
/// length, the data, and a checksum (the sum of the data's bytes).
/// </summary>
public sealed class TnefBuilder
{
    private const uint Signature = 0x223E9F78;
    private const byte MessageLevel = 1;
    private const byte AttachmentLevel = 2;
    // Windows-1252, which Latin-1 matches for the text these tests write; the tests leave registering the Windows code
    // pages, which MimeKit's reader needs, to the plugin.
    private const int Codepage = 1252;

    // MAPI properties (attMsgProps): PidTagBodyHtml as an 8-bit string.
    private const uint BodyHtmlString8 = 0x1013_001E;

    private readonly MemoryStream _stream = new();
    private readonly BinaryWriter _writer;

    public TnefBuilder()
    {
        _writer = new BinaryWriter(_stream);
        _writer.Write(Signature);
        _writer.Write((ushort)0x0001);
        Attribute(MessageLevel, TnefAttributeTag.TnefVersion, BitConverter.GetBytes(0x0001_0000));
        Attribute(MessageLevel, TnefAttributeTag.OemCodepage, [.. BitConverter.GetBytes(Codepage), 0, 0, 0, 0]);
        Attribute(MessageLevel, TnefAttributeTag.MessageClass, Ansi("IPM.Microsoft Mail.Note"));
    }

    public TnefBuilder Subject(string subject) => Attribute(MessageLevel, TnefAttributeTag.Subject, Ansi(subject));

    /// <summary>The plain-text body (attBody).</summary>
    public TnefBuilder Body(string text) => Attribute(MessageLevel, TnefAttributeTag.Body, Ansi(text));

    /// <summary>The HTML body, as Outlook writes it: a MAPI property.</summary>
    public TnefBuilder Html(string html)
    {
        var value = Ansi(html);
        using var properties = new MemoryStream();
        using var writer = new BinaryWriter(properties);
        writer.Write(1); // properties
        writer.Write(BodyHtmlString8);
        writer.Write(1); // values
        writer.Write(value.Length);
        writer.Write(value);
        writer.Write(new byte[(4 - (value.Length % 4)) % 4]);
        writer.Flush();
        return Attribute(MessageLevel, TnefAttributeTag.MapiProperties, properties.ToArray());
    }

    /// <summary>A file attached by value: its rendering record, its title and its bytes.</summary>
    public TnefBuilder Attachment(string fileName, byte[] content)
    {
        // attAttachRenderData: type (1, a file), position (none), width, height, flags.
        byte[] render = [.. BitConverter.GetBytes((ushort)1), .. BitConverter.GetBytes(uint.MaxValue), 0, 0, 0, 0, 0, 0, 0, 0];
        Attribute(AttachmentLevel, TnefAttributeTag.AttachRenderData, render);
        Attribute(AttachmentLevel, TnefAttributeTag.AttachTitle, Ansi(fileName));
        return Attribute(AttachmentLevel, TnefAttributeTag.AttachData, content);
    }

    public byte[] ToArray()
    {
        _writer.Flush();
        return _stream.ToArray();
    }

    private TnefBuilder Attribute(byte level, TnefAttributeTag tag, byte[] data)
    {
        _writer.Write(level);
        _writer.Write((uint)tag);
        _writer.Write(data.Length);
        _writer.Write(data);
        _writer.Write((ushort)data.Sum(b => b));
        return this;
    }

    // Strings are in the stream's code page, ending with a zero byte.
    private static byte[] Ansi(string text) => [.. Encoding.Latin1.GetBytes(text), 0];
}
