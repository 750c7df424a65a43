using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// A POP3 account reads the mailbox itself and cannot move messages: a folder or <c>Move</c> is refused with the reason;
/// its ports are POP3's.
/// </summary>
public sealed class MailAccountSettingsTests
{
    [Test]
    public void Pop3_WithAFolder_IsRefused()
    {
        var account = Pop3(a => a.Folder = "Support");

        Assert.That(Problems(account), Is.EqualTo(new[]
        {
            "Account 'helpdesk': POP3 has no folders, only the mailbox itself: leave Folder out (INBOX) instead of 'Support', or read the folder over IMAP.",
        }));
    }

    [Test]
    public void Pop3_WithMove_IsRefused()
    {
        var account = Pop3(a => (a.AfterImport, a.MoveTo) = (AfterImport.Move, "Done"));

        Assert.That(Problems(account), Is.EqualTo(new[]
        {
            "Account 'helpdesk': POP3 cannot move messages: AfterImport is MarkSeen (leave them on the server, remembered by their UIDL) or Delete.",
        }));
    }

    [TestCase(AfterImport.MarkSeen, "INBOX")]
    [TestCase(AfterImport.Delete, "inbox")]
    public void Pop3_OnTheInbox_WithMarkSeenOrDelete_IsValid(AfterImport afterImport, string folder) =>
        Assert.That(Problems(Pop3(a => (a.AfterImport, a.Folder) = (afterImport, folder))), Is.Empty);

    [Test]
    public void Imap_WithAFolderAndMove_IsValid() =>
        Assert.That(Problems(Pop3(a => (a.Protocol, a.Folder, a.AfterImport, a.MoveTo) = (MailProtocol.Imap, "Support", AfterImport.Move, "Done"))), Is.Empty);

    [TestCase(MailProtocol.Imap, MailSecurity.Tls, 993)]
    [TestCase(MailProtocol.Imap, MailSecurity.StartTls, 143)]
    [TestCase(MailProtocol.Pop3, MailSecurity.Tls, 995)]
    [TestCase(MailProtocol.Pop3, MailSecurity.StartTls, 110)]
    [TestCase(MailProtocol.Pop3, MailSecurity.None, 110)]
    public void ThePort_DependsOnTheProtocolAndTheSecurity(MailProtocol protocol, MailSecurity security, int port) =>
        Assert.That(new MailAccountSettings { Protocol = protocol, Security = security }.EffectivePort, Is.EqualTo(port));

    [Test]
    public void ImapIsTheDefault() => Assert.That(new MailAccountSettings().Protocol, Is.EqualTo(MailProtocol.Imap));

    private static MailAccountSettings Pop3(Action<MailAccountSettings> change)
    {
        var account = new MailAccountSettings
        {
            Id = "helpdesk", Protocol = MailProtocol.Pop3, Host = "127.0.0.1", Security = MailSecurity.None, UserName = "helpdesk", Queue = "Misc",
        };
        change(account);
        return account;
    }

    private static List<string?> Problems(MailAccountSettings account)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(account, new ValidationContext(account), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage).ToList();
    }
}
