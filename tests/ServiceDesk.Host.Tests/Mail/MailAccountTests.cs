using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MailKit.Search;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// Mail accounts that administrators add through the API are read by the running service against a real Dovecot, over
/// IMAP or POP3, from the next run of the poll job: no restart, and none once disabled or removed; each reading shows in
/// the account's status; a try of an account reports the server's refusal; on SQLite and PostgreSQL.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class MailAccountTests(string provider) : MailChannelFixture(provider)
{
    private const string Accounts = "/api/v1/plugins/mail/accounts";

    [Test]
    public async Task AnAccountAddedThroughTheApi_IsRead_AndOnceDisabledOrRemoved_IsNot()
    {
        await using var server = await StartServerAsync(configureAccount: false);
        using var admin = await server.AgentAsync("admin");

        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, Mail.Account("helpdesk", "helpdesk", "Misc"), ApiTestBase.Json), HttpStatusCode.Created);
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Printer jams", "On the third floor."));
        await SingleTicketAsync(admin, "Printer jams");
        var reading = await UntilAsync(() => ApiTestBase.GetAsync<JsonObject>(admin, $"{Accounts}/helpdesk"),
            a => a["status"]!["lastReadAt"] is not null && a["status"]!["imported"]!.GetValue<long>() == 1);

        reading["enabled"] = false;
        await ApiTestBase.ExpectAsync(await admin.PutAsJsonAsync($"{Accounts}/helpdesk", reading, ApiTestBase.Json), HttpStatusCode.OK);
        var whileDisabled = await SendAndLetThePollJobRunAsync(admin, "Scanner offline");

        // Enabled again, it reads what came meanwhile: the message was there to be read.
        reading["enabled"] = true;
        await ApiTestBase.ExpectAsync(await admin.PutAsJsonAsync($"{Accounts}/helpdesk", reading, ApiTestBase.Json), HttpStatusCode.OK);
        await SingleTicketAsync(admin, "Scanner offline");

        await ApiTestBase.ExpectAsync(await admin.DeleteAsync($"{Accounts}/helpdesk"), HttpStatusCode.NoContent);
        var afterRemoval = await SendAndLetThePollJobRunAsync(admin, "Monitor flickers");

        Assert.Multiple(() =>
        {
            Assert.That(reading["status"]!["lastError"], Is.Null);
            Assert.That(whileDisabled, Is.Empty, "a disabled account is not read");
            Assert.That(afterRemoval, Is.Empty, "a removed account is not read");
        });
    }

    [Test]
    public async Task AStoredPop3Account_IsRead_AndEachReadingWhileTheRunListens_IsRecordedInItsStatus()
    {
        await using var server = await StartServerAsync(new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:Pop3PollSeconds"] = "1" }, configureAccount: false);
        using var admin = await server.AgentAsync("admin");

        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, Pop3Account("helpdesk", "helpdesk"), ApiTestBase.Json), HttpStatusCode.Created);
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Printer jams (POP3)", "On the third floor."));
        var ticket = await SingleTicketAsync(admin, "Printer jams (POP3)");
        var read = await UntilAsync(() => ApiTestBase.GetAsync<JsonObject>(admin, $"{Accounts}/helpdesk"),
            a => a["status"]!["lastReadAt"] is not null && a["status"]!["imported"]!.GetValue<long>() == 1);
        // The run goes on listening (IdleSeconds) and reads the POP3 mailbox again every Pop3PollSeconds.
        var readAgain = await UntilAsync(() => ApiTestBase.GetAsync<JsonObject>(admin, $"{Accounts}/helpdesk"),
            a => a["status"]!["lastReadAt"]!.GetValue<DateTimeOffset>() > read["status"]!["lastReadAt"]!.GetValue<DateTimeOffset>());

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Queue, Is.EqualTo("Misc"));
            Assert.That(read["protocol"]!.GetValue<string>(), Is.EqualTo("Pop3"));
            Assert.That(readAgain["status"]!["lastError"], Is.Null);
            Assert.That(readAgain["status"]!["imported"]!.GetValue<long>(), Is.EqualTo(1), "read again, not imported again");
        });
    }

    [Test]
    public async Task TheTest_ReportsAWrongPassword_WithTheServersReason_AndTheAccountsStatusShowsIt()
    {
        await using var server = await StartServerAsync();
        using var admin = await server.AgentAsync("admin");
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, Mail.Account("wrong", "ivan", "Misc", password: "not-the-password"), ApiTestBase.Json), HttpStatusCode.Created);
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, Mail.Account("olga", "olga", "Misc"), ApiTestBase.Json), HttpStatusCode.Created);
        // Sent back as read, without the password, which stays.
        var olga = await ApiTestBase.GetAsync<JsonObject>(admin, $"{Accounts}/olga");
        olga["folder"] = "INBOX";
        await ApiTestBase.ExpectAsync(await admin.PutAsJsonAsync($"{Accounts}/olga", olga, ApiTestBase.Json), HttpStatusCode.OK);

        var wrong = await TestAsync(admin, "wrong");
        var right = await TestAsync(admin, "olga");
        var configured = await TestAsync(admin, "helpdesk");
        var missing = await admin.PostAsync($"{Accounts}/nosuch/test", null);
        var failing = await UntilAsync(() => ApiTestBase.GetAsync<JsonElement>(admin, $"{Accounts}/wrong"),
            a => a.GetProperty("status").GetProperty("lastError").ValueKind == JsonValueKind.String);

        Assert.Multiple(() =>
        {
            Assert.That(wrong.GetProperty("succeeded").GetBoolean(), Is.False);
            Assert.That(wrong.GetProperty("message").GetString(), Does.Contain("Authentication failed"));
            Assert.That(right.GetProperty("succeeded").GetBoolean(), Is.True, right.GetProperty("message").GetString());
            Assert.That(right.GetProperty("message").GetString(), Does.Contain("logged in as olga").And.Contain("INBOX"));
            Assert.That(configured.GetProperty("succeeded").GetBoolean(), Is.True, "accounts of the configuration are tried too");
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(failing.GetProperty("status").GetProperty("lastError").GetString(), Does.Contain("Authentication failed"));
            Assert.That(failing.GetProperty("status").GetProperty("lastFailedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        });
    }

    [Test]
    public async Task TheTest_TriesAPop3Account_LoggingIn_AndCheckingTheUidls_WithoutTakingAnything()
    {
        await using var server = await StartServerAsync(configureAccount: false);
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Printer jams", "On the third floor."));
        await UntilAsync(() => Mail.CountAsync("helpdesk"), count => count == 1);
        // Disabled, so that only the test logs in to them.
        var helpdesk = Pop3Account("helpdesk", "helpdesk");
        var wrong = Pop3Account("wrong", "ivan", password: "not-the-password");
        helpdesk["enabled"] = wrong["enabled"] = false;
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, helpdesk, ApiTestBase.Json), HttpStatusCode.Created);
        await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, wrong, ApiTestBase.Json), HttpStatusCode.Created);

        var right = await TestAsync(admin, "helpdesk");
        var refused = await TestAsync(admin, "wrong");

        Assert.Multiple(async () =>
        {
            Assert.That(right.GetProperty("succeeded").GetBoolean(), Is.True, right.GetProperty("message").GetString());
            Assert.That(right.GetProperty("message").GetString(),
                Is.EqualTo($"Connected to 127.0.0.1:{Mail.PopPort}, logged in as helpdesk, and found 1 message, each with its UIDL."));
            Assert.That(refused.GetProperty("succeeded").GetBoolean(), Is.False);
            Assert.That(refused.GetProperty("message").GetString(), Does.StartWith($"127.0.0.1:{Mail.PopPort}: AuthenticationException: "));
            Assert.That(await Mail.CountAsync("helpdesk"), Is.EqualTo(1), "the message stays on the server");
        });
    }

    [Test]
    public async Task AnAccountWhosePasswordCannotBeDecrypted_IsNotRead_UntilSavedWithItAgain()
    {
        string keys;
        await using (var first = await StartServerAsync(configureAccount: false))
        {
            using var admin = await first.AgentAsync("admin");
            await ApiTestBase.ExpectAsync(await admin.PostAsJsonAsync(Accounts, Mail.Account("helpdesk", "helpdesk", "Misc"), ApiTestBase.Json), HttpStatusCode.Created);
            keys = Path.Combine(first.DataPath, "data-protection-keys");
        }

        // As after restoring the database without the data directory's keys.
        Directory.Delete(keys, recursive: true);
        await using var second = await StartServerAsync(configureAccount: false);
        using var again = await second.AgentAsync("admin");
        var undecryptable = await ApiTestBase.GetAsync<JsonObject>(again, $"{Accounts}/helpdesk");
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "Printer jams", "On the third floor."));

        await ApiTestBase.ExpectAsync(await again.PutAsJsonAsync($"{Accounts}/helpdesk", Mail.Account("helpdesk", "helpdesk", "Misc"), ApiTestBase.Json), HttpStatusCode.OK);
        await SingleTicketAsync(again, "Printer jams");

        Assert.Multiple(() =>
        {
            Assert.That(undecryptable["notRead"]!.GetValue<string>(), Does.StartWith("Its password (and other secrets) cannot be decrypted"));
            Assert.That(undecryptable["passwordSet"]!.GetValue<bool>(), Is.False);
            Assert.That(undecryptable["host"]!.GetValue<string>(), Is.EqualTo("127.0.0.1"), "the other settings are there");
        });
    }

    // An account, as administrators send it, that reads the user's mailbox over POP3 (and leaves it there, remembered by UIDL).
    private Dictionary<string, object?> Pop3Account(string id, string user, string password = MailServers.Password)
    {
        var account = Mail.Account(id, user, "Misc", password);
        account["protocol"] = "Pop3";
        account["port"] = Mail.PopPort;
        return account;
    }

    private static async Task<JsonElement> TestAsync(HttpClient admin, string id)
    {
        var response = await admin.PostAsync($"{Accounts}/{id}/test", null);
        await ApiTestBase.ExpectAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ApiTestBase.Json);
    }

    // Right after a change of the accounts: sends a message, and lets the poll job run with the accounts as changed, once
    // the message is in the mailbox; returns the tickets it became.
    private async Task<IReadOnlyList<ServiceDesk.Abstractions.Tickets.TicketSummary>> SendAndLetThePollJobRunAsync(HttpClient admin, string subject)
    {
        // The run that listened when the accounts changed stops first; those after it read the accounts as changed.
        await PollJobEndedAfterAsync(admin, DateTimeOffset.UtcNow);
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", subject, "Please help."));
        await UntilAsync(UnseenAsync, unseen => unseen.Count == 1);
        // The run that ends first may have begun before the message came; the one after it began later.
        await PollJobEndedAfterAsync(admin, await PollJobEndedAfterAsync(admin, DateTimeOffset.UtcNow));
        return await TicketsAsync(admin, subject);
    }

    private static async Task<DateTimeOffset> PollJobEndedAfterAsync(HttpClient admin, DateTimeOffset moment) =>
        (await UntilAsync(async () => (await ApiTestBase.GetAsync<List<RecurringJobInfo>>(admin, "/api/v1/jobs/recurring")).Single(j => j.Name == "mail:poll"),
            job => job.LastRunAt > moment)).LastRunAt!.Value;

    private async Task<IList<MailKit.UniqueId>> UnseenAsync()
    {
        using var inbox = await Mail.OpenInboxAsync("helpdesk");
        return await inbox.Inbox.SearchAsync(SearchQuery.NotSeen);
    }
}
