using MimeKit;
using ServiceDesk.Host.Tests.Infrastructure;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>Bounces, automatic replies and bulk mail are told from people's mail, as the corpus's manifest says they are.</summary>
public sealed class MessageClassifierTests
{
    [Test]
    public void EveryCorpusMessage_IsClassifiedAsItsManifestSays()
    {
        var wrong = new List<string>();
        var unreadable = new List<string>();
        var counts = new Dictionary<MessageKind, int>();
        foreach (var entry in MailCorpus.Entries())
        {
            MimeMessage message;
            try
            {
                message = MessageReader.Read(File.ReadAllBytes(entry.Path));
            }
            catch (MailImportException error)
            {
                // Quarantined on import (see the import tests); for the classifier, nothing to say.
                unreadable.Add($"{entry.Category}: {Path.GetFileName(entry.Path)}: {error.Message}");
                continue;
            }

            var classification = MessageClassifier.Classify(message);
            counts[classification.Kind] = counts.GetValueOrDefault(classification.Kind) + 1;
            var expected = entry.IsBounce ? classification.Kind == MessageKind.Bounce
                : entry.IsAutoReply ? classification.Kind == MessageKind.AutoReply
                : classification.Kind is MessageKind.Personal or MessageKind.Bulk;
            if (!expected)
            {
                wrong.Add($"{entry.Category}: {Path.GetFileName(entry.Path)} is {classification.Kind} ({classification.Reason})");
            }
        }

        TestContext.Out.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")) + $", unreadable {unreadable.Count}");
        TestContext.Out.WriteLine(string.Join("\n", unreadable));
        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
            Assert.That(unreadable.Count, Is.LessThan(10), "nearly every message of the corpus can be read");
        });
    }

    [TestCase("Auto-Submitted: auto-replied", MessageKind.AutoReply)]
    [TestCase("Auto-Submitted: auto-generated", MessageKind.AutoReply)]
    [TestCase("Auto-Submitted: no", MessageKind.Personal)]
    [TestCase("X-Autoreply: yes", MessageKind.AutoReply)]
    [TestCase("X-Autorespond: yes", MessageKind.AutoReply)]
    [TestCase("Precedence: bulk", MessageKind.Bulk)]
    [TestCase("Precedence: junk", MessageKind.Bulk)]
    [TestCase("Precedence: list", MessageKind.Bulk)]
    [TestCase("List-Id: <staff.corp.example>", MessageKind.Bulk)]
    [TestCase("X-Failed-Recipients: gone@corp.example", MessageKind.Bounce)]
    public void AHeader_TellsWhoWrote(string header, MessageKind kind)
    {
        var message = Message("Olga <olga@corp.example>", "Printer");
        var (name, value) = (header[..header.IndexOf(':')], header[(header.IndexOf(':') + 1)..].Trim());
        message.Headers.Add(name, value);

        Assert.That(MessageClassifier.Classify(message).Kind, Is.EqualTo(kind));
    }

    [TestCase("Automatic reply: Printer", MessageKind.AutoReply)]
    [TestCase("Out of Office: Printer", MessageKind.AutoReply)]
    [TestCase("Автоматический ответ: Принтер", MessageKind.AutoReply)]
    [TestCase("Undeliverable: Printer", MessageKind.Personal)]
    [TestCase("Re: Printer out of paper", MessageKind.Personal)]
    [TestCase("Printer does not work automatically", MessageKind.Personal)]
    public void ASubject_TellsWhoWrote_WhenNothingElseDoes(string subject, MessageKind kind) =>
        Assert.That(MessageClassifier.Classify(Message("Olga <olga@corp.example>", subject)).Kind, Is.EqualTo(kind));

    [TestCase("Mail Delivery System <MAILER-DAEMON@mx.corp.example>", "Hello", "550 5.1.1 <gone@corp.example>: user unknown", MessageKind.Bounce)]
    [TestCase("Mail Delivery System <MAILER-DAEMON@mx.corp.example>", "Test", "Hi", MessageKind.Personal)]
    [TestCase("Olga <olga@corp.example>", "Undeliverable: Printer", "Your message did not reach some of its recipients.", MessageKind.Bounce)]
    [TestCase("Olga <olga@corp.example>", "The printer", "It says: user unknown.", MessageKind.Personal)]
    public void WithoutAReport_ABounceShowsByItsSender_OrSubject_AndItsText(string from, string subject, string text, MessageKind kind) =>
        Assert.That(MessageClassifier.Classify(Message(from, subject, text)).Kind, Is.EqualTo(kind));

    private static MimeMessage Message(string from, string subject, string text = "Hello.")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("helpdesk@corp.example"));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
