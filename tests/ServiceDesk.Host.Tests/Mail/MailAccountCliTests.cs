using System.Globalization;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// `servicedesk mail account …` in the real command line, against a real Dovecot: an account added there is tried,
/// read by the service (which decrypts the password that the command protected), changed, listed and removed; bad input
/// gets one error line per problem and changes nothing.
/// </summary>
public sealed class MailAccountCliTests
{
    private MailServers _mail = null!;

    private CliProcess _cli = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _mail = await MailServers.StartAsync();
        _cli = new CliProcess(ServiceDeskServer.NewDataPath());
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _mail.DisposeAsync();
        if (Directory.Exists(_cli.DataPath))
        {
            Directory.Delete(_cli.DataPath, recursive: true);
        }
    }

    [Test]
    public async Task AnAccount_IsAddedTriedAndRead_ThenChangedListedAndRemoved()
    {
        var added = await AccountAsync("add", "helpdesk", "--host", "127.0.0.1", "--port", _mail.ImapPort.ToString(CultureInfo.InvariantCulture),
            "--security", "None", "--user-name", "helpdesk", "--password", MailServers.Password, "--queue", "Misc");
        var tried = await AccountAsync("test", "helpdesk");
        var token = (await _cli.RunAsync("token", "create", "--user", "admin")).Output.Trim().Split('\n')[^1];
        using (var server = _cli.StartServer(out var address, "--ServiceDesk:Plugins:mail:PollSchedule=* * * * * *", "--ServiceDesk:Jobs:PollMilliseconds=100"))
        {
            try
            {
                using var client = CliProcess.Client(address, token);
                await CliProcess.WaitForHealthAsync(client);
                await _mail.SendAsync(MailChannel.Message("Ivan Petrov", "ivan@corp.example", "Printer jams", "On the third floor."));
                await MailChannel.SingleTicketAsync(client, "Printer jams");
                // Stopped once the reading is recorded, not in the middle of it.
                await MailChannel.UntilAsync(() => ApiTestBase.GetAsync<System.Text.Json.JsonElement>(client, "/api/v1/plugins/mail/accounts/helpdesk"),
                    a => a.GetProperty("status").GetProperty("imported").GetInt64() == 1 && a.GetProperty("status").GetProperty("lastReadAt").ValueKind != System.Text.Json.JsonValueKind.Null);
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }

        var changed = await AccountAsync("set", "helpdesk", "--password", "not-the-password", "--enabled=false");
        var failedTry = await AccountAsync("test", "helpdesk");
        var listed = await AccountAsync("list");
        var removed = await AccountAsync("remove", "helpdesk");
        var empty = await AccountAsync("list");

        Assert.Multiple(() =>
        {
            Assert.That(added.ExitCode, Is.Zero, added.Error);
            Assert.That(added.Output, Does.Contain("Added mail account 'helpdesk', which reads into queue Misc."));
            Assert.That((tried.ExitCode, tried.Output), Is.EqualTo((0, $"Mail account 'helpdesk': Connected to 127.0.0.1:{_mail.ImapPort}, logged in as helpdesk, and opened INBOX (0 messages).\n")));
            Assert.That(changed.ExitCode, Is.Zero, changed.Error);
            Assert.That(failedTry.ExitCode, Is.EqualTo(1));
            Assert.That(failedTry.Error, Does.StartWith("error: mail account 'helpdesk': ").And.Contain("Authentication failed"));
            Assert.That(listed.Output, Does.Match(@"^helpdesk +database +disabled +helpdesk@127\.0\.0\.1:\d+ INBOX -> Misc\n    last read \S+ \S+ UTC; 1 messages imported\n"));
            Assert.That((removed.ExitCode, removed.Output), Is.EqualTo((0, "Removed mail account 'helpdesk'. Messages read from it stay imported.\n")));
            Assert.That(empty.Output, Does.StartWith("No mail accounts."));
        });
    }

    [Test]
    public async Task APop3Account_IsTriedOverPop3()
    {
        await AccountAsync("add", "pop", "--protocol", "Pop3", "--host", "127.0.0.1", "--port", _mail.PopPort.ToString(CultureInfo.InvariantCulture),
            "--security", "None", "--user-name", "helpdesk", "--password", MailServers.Password, "--queue", "Misc");

        var tried = await AccountAsync("test", "pop");

        Assert.That((tried.ExitCode, tried.Output), Is.EqualTo((0,
            $"Mail account 'pop': Connected to 127.0.0.1:{_mail.PopPort}, logged in as helpdesk, and found the mailbox empty (whether the server offers UIDL shows once a message is there).\n")),
            tried.Error);
    }

    [Test]
    public async Task BadInput_GetsOneErrorLinePerProblem_AndChangesNothing()
    {
        var typo = await AccountAsync("add", "helpdesk", "--hots", "imap.corp.example");
        var notANumber = await AccountAsync("add", "helpdesk", "--host", "imap.corp.example", "--port", "imap", "--security", "Ssl");
        var incomplete = await AccountAsync("add", "helpdesk", "--host", "imap.corp.example");
        var noValue = await AccountAsync("add", "helpdesk", "--host");
        var noQueue = await AccountAsync("add", "helpdesk", "--host", "imap.corp.example", "--user-name", "helpdesk", "--queue", "Nowhere");
        var unknownVerb = await AccountAsync("rename", "helpdesk");
        var nothingToSet = await AccountAsync("set", "helpdesk");
        var noSuchAccount = await AccountAsync("remove", "helpdesk");
        var listed = await AccountAsync("list");

        Assert.Multiple(() =>
        {
            foreach (var refused in new[] { typo, notANumber, incomplete, noValue, noQueue, unknownVerb, nothingToSet, noSuchAccount })
            {
                Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Error);
            }

            Assert.That(typo.Error, Does.StartWith("error: hots: There is no setting 'hots'. The settings are: "));
            Assert.That(Lines(notANumber.Error), Is.EquivalentTo(new[] { "error: port: Expected a whole number.", "error: security: Expected one of Tls, StartTls, None." }));
            Assert.That(Lines(incomplete.Error), Is.EquivalentTo(new[] { "error: userName: The UserName field is required.", "error: queue: The Queue field is required." }));
            Assert.That(noValue.Error.Trim(), Is.EqualTo("error: --host: Give its value after it."));
            Assert.That(noQueue.Error.Trim(), Is.EqualTo("error: There is no active queue 'Nowhere'."));
            Assert.That(unknownVerb.Error, Does.StartWith("error: use servicedesk mail account list | add <id>"));
            Assert.That(nothingToSet.Error, Does.StartWith("error: use servicedesk mail account"));
            Assert.That(noSuchAccount.Error.Trim(), Is.EqualTo("error: There is no mail account 'helpdesk'."));
            Assert.That(listed.Output, Does.Contain("No mail accounts."));
        });
    }

    private Task<(int ExitCode, string Output, string Error)> AccountAsync(params string[] arguments) => _cli.RunAsync(["mail", "account", .. arguments]);

    private static string[] Lines(string text) => text.Trim().Split('\n');
}
