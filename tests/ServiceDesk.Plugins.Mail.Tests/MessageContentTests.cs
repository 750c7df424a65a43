using MimeKit;
using MimeKit.Tnef;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// A message's text and files as an article takes them: a winmail.dat (TNEF) is unpacked into its text and files, and
/// kept whole when it cannot be; parts without a name get one.
/// </summary>
public sealed class MessageContentTests
{
    private static readonly byte[] Pdf = "%PDF-1.4 invoice"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

    [Test]
    public async Task AWinmailDat_BecomesTheFilesInside_BesideTheMessagesText()
    {
        var tnef = new TnefBuilder().Subject("Invoice").Body("See the invoice.").Attachment("invoice.pdf", Pdf).Attachment("chart.png", Png);
        var message = Message(new TextPart("plain") { Text = "See the invoice, please." }, Winmail(tnef.ToArray()));

        var content = await MessageContent.ReadAsync(message, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(content.Text, Is.EqualTo("See the invoice, please."), "the message's own text stays");
            Assert.That(content.Attachments.Select(a => a.FileName), Is.EqualTo(new[] { "invoice.pdf", "chart.png" }), "no winmail.dat");
            Assert.That(content.Attachments.Select(a => a.ContentType), Is.EqualTo(new[] { "application/pdf", "image/png" }), "types by name");
            Assert.That(content.Attachments[0].Content, Is.EqualTo(Pdf));
            Assert.That(content.Attachments[1].Content, Is.EqualTo(Png));
            Assert.That(content.Attachments.All(a => !a.Inline), Is.True);
        });
    }

    [Test]
    public async Task AMessageWhoseOnlyPartIsAWinmailDat_TakesItsTextAndHtml()
    {
        var tnef = new TnefBuilder().Subject("Printer").Body("The printer jams.").Html("<p>The printer <b>jams</b>.</p>").Attachment("jam.png", Png);
        var message = Message(Winmail(tnef.ToArray()));

        var content = await MessageContent.ReadAsync(message, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(content.Text, Does.Contain("The printer jams."));
            Assert.That(content.Html, Does.Contain("<b>jams</b>"));
            Assert.That(content.Attachments.Select(a => a.FileName), Is.EqualTo(new[] { "jam.png" }));
        });
    }

    [Test]
    public async Task TheHtmlInAWinmailDat_FillsIn_WhatTheMessageLacks()
    {
        var tnef = new TnefBuilder().Html("<p>Formatted</p>");
        var message = Message(new TextPart("plain") { Text = "Plain" }, Winmail(tnef.ToArray()));

        var content = await MessageContent.ReadAsync(message, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(content.Text, Is.EqualTo("Plain"));
            Assert.That(content.Html, Does.Contain("Formatted"));
            Assert.That(content.Attachments, Is.Empty);
        });
    }

    [TestCase("broken")]
    [TestCase("empty")]
    public async Task AWinmailDatThatCannotBeRead_IsKeptAsItCame(string kind)
    {
        var bytes = kind == "broken" ? new TnefBuilder().Attachment("a.pdf", Pdf).ToArray()[..40] : new TnefBuilder().ToArray();
        var message = Message(new TextPart("plain") { Text = "Hello." }, Winmail(bytes));

        var content = await MessageContent.ReadAsync(message, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(content.Text, Is.EqualTo("Hello."));
            Assert.That(content.Attachments.Select(a => a.FileName), Is.EqualTo(new[] { "winmail.dat" }));
            Assert.That(content.Attachments.Single().Content, Is.EqualTo(bytes), "never lost");
        });
    }

    [TestCase(null, "attachment-1.pdf")]
    [TestCase("   ", "attachment-1.pdf")]
    [TestCase("../../etc/passwd", "../../etc/passwd")]
    public async Task APartWithoutAName_GetsOne_AndOthersKeepTheirs_ForTheCoreToSanitize(string? name, string expected)
    {
        var part = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(Pdf)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        };
        if (name is not null)
        {
            part.ContentDisposition.Parameters.Add("filename", name);
        }

        var content = await MessageContent.ReadAsync(Message(new TextPart("plain") { Text = "Hi." }, part), CancellationToken.None);

        Assert.That(content.Attachments.Single().FileName, Is.EqualTo(expected));
    }

    [Test]
    public async Task AnAttachedMessage_IsNamedAfterItsSubject_WithoutSlashes()
    {
        var attached = new MimeMessage { Subject = "Invoice 3/2024" };
        attached.Body = new TextPart("plain") { Text = "Due." };
        var message = Message(new TextPart("plain") { Text = "Forwarded." }, new MessagePart { Message = attached });

        var content = await MessageContent.ReadAsync(message, CancellationToken.None);

        Assert.That(content.Attachments.Single().FileName, Is.EqualTo("Invoice 3-2024.eml"));
    }

    private static TnefPart Winmail(byte[] tnef) => new()
    {
        Content = new MimeContent(new MemoryStream(tnef)),
        ContentTransferEncoding = ContentEncoding.Base64,
    };

    private static MimeMessage Message(params MimeEntity[] parts)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("olga@corp.example"));
        message.Subject = "Test";
        var mixed = new Multipart("mixed");
        foreach (var part in parts)
        {
            mixed.Add(part);
        }

        message.Body = mixed;
        return message;
    }
}
