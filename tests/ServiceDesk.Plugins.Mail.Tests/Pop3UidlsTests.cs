using MailKit.Net.Pop3;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// A POP3 account is read only when the server names each message lastingly with a UIDL of its own: otherwise it is
/// refused with the reason, before any message is read or deleted.
/// </summary>
public sealed class Pop3UidlsTests
{
    private static readonly MailAccountSettings Account = new() { Id = "helpdesk", Host = "127.0.0.1", Protocol = MailProtocol.Pop3, Security = MailSecurity.None, UserName = "helpdesk" };

    [Test]
    public async Task AServerWithoutUidl_IsRefused_BeforeAnyMessageIsRead()
    {
        await using var server = new FakePop3Server(count: 2, uidls: null);

        var refused = await ReadAsync(server);

        Assert.Multiple(() =>
        {
            Assert.That(refused, Does.StartWith("Mail account 'helpdesk': the POP3 server 127.0.0.1 does not offer UIDL"));
            Assert.That(server.Refused.Where(c => !c.StartsWith("UIDL", StringComparison.Ordinal)), Is.Empty, "no RETR, no DELE");
        });
    }

    [Test]
    public async Task AUidlGivenToTwoMessages_IsRefused()
    {
        await using var server = new FakePop3Server(count: 3, uidls: ["one", "same", "same"]);

        Assert.That(await ReadAsync(server), Is.EqualTo("Mail account 'helpdesk': the POP3 server 127.0.0.1 gives 2 messages the UIDL 'same', which must name one message only, so the account is not read."));
    }

    [Test]
    public async Task AUidlLongerThan70Characters_IsRefused()
    {
        await using var server = new FakePop3Server(count: 1, uidls: [new string('x', 71)]);

        Assert.That(await ReadAsync(server), Does.Contain("names message 1 'xxx").And.Contain("which is not a UIDL of 1 to 70 printable characters (RFC 1939)"));
    }

    [Test]
    public async Task UidlsOfEachMessage_AreGivenByIndex()
    {
        await using var server = new FakePop3Server(count: 2, uidls: ["000000016b03e436", "000000026b03e436"]);
        using var client = await ConnectAsync(server);

        Assert.That(await Pop3Uidls.ReadAsync(client, Account, CancellationToken.None), Is.EqualTo(new[] { "000000016b03e436", "000000026b03e436" }));
    }

    private static async Task<Pop3Client> ConnectAsync(FakePop3Server server)
    {
        var client = new Pop3Client();
        await MailConnections.ConnectAsync(client, "127.0.0.1", server.Port, MailSecurity.None, MailCredentials.Password("helpdesk", "secret"), CancellationToken.None);
        return client;
    }

    // The reason the account is refused.
    private static async Task<string> ReadAsync(FakePop3Server server)
    {
        using var client = await ConnectAsync(server);
        var refused = Assert.ThrowsAsync<NotSupportedException>(() => Pop3Uidls.ReadAsync(client, Account, CancellationToken.None));
        return refused!.Message;
    }
}
