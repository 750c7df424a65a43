using ServiceDesk.Host.Tests.Infrastructure;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>The winmail.dat files of the shared corpus (when present): Outlook's own TNEF, unpacked or kept.</summary>
public sealed class MessageContentCorpusTests
{
    [Test]
    public async Task OutlooksRichTextMail_GivesItsFiles_NotAWinmailDat()
    {
        var content = await ReadAsync("attachments/mimekit-tnef-rich-text.eml");

        Assert.Multiple(() =>
        {
            Assert.That(content.Text, Is.Not.Empty, "the message's plain text");
            Assert.That(content.Attachments.Select(a => a.FileName), Does.Not.Contain("winmail.dat"));
            Assert.That(content.Attachments.Where(a => a.FileName == "kitten-playing-with-a-christmas-tree.jpg").Select(a => a.ContentType),
                Is.EqualTo(new[] { "image/jpeg" }));
            Assert.That(content.Attachments.Single(a => a.FileName.EndsWith(".jpg", StringComparison.Ordinal)).Content.Take(2), Is.EqualTo(new byte[] { 0xFF, 0xD8 }));
        });
    }

    [Test]
    public async Task AnExchangeMail_WithItsFormattedTextInAWinmailDat_KeepsTheFormattedText()
    {
        var content = await ReadAsync("charsets/mimekit-tnef-ukr.eml");

        Assert.Multiple(() =>
        {
            Assert.That(content.Text, Does.Contain("шостий"), "the KOI8-R plain text");
            Assert.That(content.Html, Does.Contain("RR Test 1"), "the HTML from the winmail.dat");
            Assert.That(content.Attachments, Is.Empty, "nothing else was in it");
        });
    }

    [Test]
    public async Task EveryCorpusWinmailDat_IsUnpacked_OrKept()
    {
        var withTnef = MailCorpus.Entries().Where(e => File.ReadAllText(e.Path).Contains("ms-tnef", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var entry in withTnef)
        {
            var message = MessageReader.Read(await File.ReadAllBytesAsync(entry.Path));
            var tnefParts = message.BodyParts.OfType<MimeKit.Tnef.TnefPart>().Count();
            var content = await MessageContent.ReadAsync(message, CancellationToken.None);
            var kept = content.Attachments.Count(a => a.FileName == "winmail.dat");
            TestContext.Out.WriteLine($"{Path.GetFileName(entry.Path)}: {tnefParts} TNEF parts, {kept} kept, {content.Attachments.Count} files, html {content.Html is not null}");
            Assert.That(kept, Is.LessThanOrEqualTo(tnefParts), entry.Path);
        }

        Assert.That(withTnef, Is.Not.Empty);
    }

    private static async Task<MessageContent> ReadAsync(string path)
    {
        var entry = MailCorpus.Entries().SingleOrDefault(e => e.Path.EndsWith(path, StringComparison.Ordinal));
        if (entry is null)
        {
            Assert.Ignore($"The corpus has no {path} any more: this test is skipped.");
        }

        return await MessageContent.ReadAsync(MessageReader.Read(await File.ReadAllBytesAsync(entry!.Path)), CancellationToken.None);
    }
}
