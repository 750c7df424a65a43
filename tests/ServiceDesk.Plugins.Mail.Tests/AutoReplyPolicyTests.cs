using MimeKit;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// Automatic replies and bulk mail are imported (Add, the default) or kept in the quarantine (Ignore); our own mail that
/// comes back with our loop header counts as an automatic reply.
/// </summary>
public sealed class AutoReplyPolicyTests
{
    [TestCase(MessageKind.AutoReply, "Not imported: an automatic reply (Auto-Submitted: auto-replied), and AutoReplies is Ignore.")]
    [TestCase(MessageKind.Bulk, "Not imported: bulk mail (Auto-Submitted: auto-replied), and AutoReplies is Ignore.")]
    public void WithIgnore_AutomaticMail_IsRefused_WithTheReason(MessageKind kind, string reason)
    {
        var refused = Assert.Throws<MailImportException>(() => AutoReplyPolicy.Demand(AutoReplies.Ignore, new(kind, "Auto-Submitted: auto-replied")));

        Assert.That(refused!.Message, Is.EqualTo(reason));
    }

    [TestCase(AutoReplies.Add, MessageKind.AutoReply)]
    [TestCase(AutoReplies.Add, MessageKind.Bulk)]
    [TestCase(AutoReplies.Ignore, MessageKind.Personal)]
    [TestCase(AutoReplies.Ignore, MessageKind.Bounce)]
    public void OtherMail_OrWithAdd_IsImported(AutoReplies setting, MessageKind kind) =>
        Assert.DoesNotThrow(() => AutoReplyPolicy.Demand(setting, new(kind, "a reason")));

    [Test]
    public void AddIsTheDefault() => Assert.That(new MailSettings().AutoReplies, Is.EqualTo(AutoReplies.Add));

    [TestCase("helpdesk@corp.example", MessageKind.AutoReply)]
    [TestCase("Helpdesk <HELPDESK@corp.example>", MessageKind.AutoReply)]
    [TestCase("lists@other.example", MessageKind.Personal)]
    public void OurOwnLoopHeader_MakesAMessageAnAutomaticReply(string loop, MessageKind kind)
    {
        var message = new MimeMessage { Subject = "Re: [Ticket#2026112310000001] Printer" };
        message.From.Add(MailboxAddress.Parse("olga@corp.example"));
        message.Headers.Add("X-Loop", loop);
        message.Body = new TextPart("plain") { Text = "Thanks." };
        var settings = new MailSettings { DefaultFrom = "Helpdesk <helpdesk@corp.example>" };

        var classification = MessageClassifier.Classify(message, settings.OwnAddresses(settings.Accounts));

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(kind));
            Assert.That(classification.Reason, kind == MessageKind.AutoReply ? Is.EqualTo("our own X-Loop header (helpdesk@corp.example)") : Is.Not.Empty);
        });
    }

    [Test]
    public void OurAddresses_AreTheAccountsAndTheDefaultSender()
    {
        var settings = new MailSettings
        {
            DefaultFrom = "Helpdesk <Helpdesk@corp.example>",
            Accounts = [new MailAccountSettings { Address = "IT <it@corp.example>" }, new MailAccountSettings(), new MailAccountSettings { Address = "helpdesk@corp.example" }],
        };

        Assert.That(settings.OwnAddresses(settings.Accounts), Is.EqualTo(new[] { "it@corp.example", "helpdesk@corp.example" }));
    }
}
