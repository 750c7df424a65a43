using System.Diagnostics;
using System.Globalization;
using System.Text;
using static System.FormattableString;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Benchmarks;

/// <summary>
/// The email channel's import rate: realistic messages (mostly short text, some HTML, some with attachments) read by the
/// real server from a private Dovecot into tickets, on SQLite or on a fresh PostgreSQL database (dropped at the end). First a cold start: the server starts with
/// <see cref="ColdStartMessages"/> waiting, timed from its start to the last one flagged. Then two bursts of the given
/// number of messages, each put aside in a folder beforehand and moved into the INBOX in one IMAP command, timed from
/// that command to the last one flagged: the second one is the measured load, a running service meeting a burst of mail.
/// </summary>
public sealed class MailBenchmark(int messages, string provider, string? postgresAdminConnection)
{
    private const int ColdStartMessages = 2_000;
    private const string FirstBurst = "burst1";
    private const string SecondBurst = "burst2";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"# ServiceDesk mail import benchmark: {provider}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        await using var mail = await MailServers.StartAsync();
        var text = new TextGenerator(7);
        await mail.DeliverRawAsync("helpdesk", Enumerable.Range(0, ColdStartMessages).Select(i => Message(i, text)).ToList());
        var burst = Enumerable.Range(ColdStartMessages, 2 * messages).Select(i => Message(i, text)).ToList();
        await mail.DeliverRawAsync("helpdesk", burst[..messages], FirstBurst);
        await mail.DeliverRawAsync("helpdesk", burst[messages..], SecondBurst);
        Console.WriteLine(Invariant(
            $"{ColdStartMessages} messages in the INBOX; twice {messages} messages ({burst[messages..].Sum(r => (long)r.Length) / 1048576.0:F1} MB) put aside"));

        var name = "servicedesk-mail-bench-" + Guid.NewGuid().ToString("N")[..8];
        var dataPath = Path.Combine(Path.GetTempPath(), name);
        var database = name.Replace('-', '_');
        var settings = await BenchmarkDatabase.SettingsAsync(provider, postgresAdminConnection, database);
        foreach (var (key, value) in mail.AccountSettings("helpdesk", "Misc"))
        {
            settings[key] = value!;
        }

        settings["ServiceDesk:Plugins:mail:PollSchedule"] = "* * * * * *";
        settings["ServiceDesk:Jobs:PollMilliseconds"] = "100";
        try
        {
            var clock = Stopwatch.StartNew();
            await using var server = await ServerProcess.StartAsync(Benchmark.HostExecutable(), dataPath, settings);
            var started = clock.Elapsed;
            var processor = server.ProcessorTime();
            using var inbox = await mail.OpenInboxAsync("helpdesk");
            var left = await WaitForImportAsync(inbox, cancellationToken);
            Report("cold start", ColdStartMessages - left, ColdStartMessages, clock.Elapsed - started, server.ProcessorTime() - processor, server);

            // The first burst finds code that only the cold start has run: the runtime still compiles it again, optimized,
            // for a minute or so (most of the processor's time at first). The second burst meets the service as it runs.
            await BurstAsync(inbox, FirstBurst, "first burst", server, cancellationToken);
            await BurstAsync(inbox, SecondBurst, "running service", server, cancellationToken);
        }
        finally
        {
            await BenchmarkDatabase.DropAsync(provider, postgresAdminConnection, database);
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    // Moves the messages put aside in the folder into the INBOX in one IMAP command, as a burst of mail, and times their
    // import from that command to the last one flagged.
    private async Task BurstAsync(ImapClient inbox, string folder, string phase, ServerProcess server, CancellationToken cancellationToken)
    {
        var staged = await inbox.GetFolderAsync(folder, cancellationToken);
        await staged.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var clock = Stopwatch.StartNew();
        var processor = server.ProcessorTime();
        await staged.MoveToAsync(await staged.SearchAsync(SearchQuery.All, cancellationToken), inbox.Inbox, cancellationToken);
        await inbox.Inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var left = await WaitForImportAsync(inbox, cancellationToken);
        Report(phase, messages - left, messages, clock.Elapsed, server.ProcessorTime() - processor, server);
    }

    // Waits until no message in the INBOX is unseen, or 30 minutes; returns how many are left. Asks for the count only
    // (ESEARCH), not for the list of thousands of UIDs, so that the watching costs the IMAP server little.
    private static async Task<int> WaitForImportAsync(ImapClient inbox, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(30);
        int unseen;
        while ((unseen = (await inbox.Inbox.SearchAsync(SearchOptions.Count, SearchQuery.NotSeen, cancellationToken)).Count) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
        }

        return unseen;
    }

    // The server's processor time per message depends far less on what else the machine runs than the wall time does.
    private static void Report(string phase, int imported, int total, TimeSpan elapsed, TimeSpan processor, ServerProcess server) =>
        Console.WriteLine(Invariant(
            $"mail import, {phase}: {imported} of {total} messages in {elapsed.TotalSeconds:F1} s = {imported / elapsed.TotalSeconds:F0} messages/s; server processor {processor.TotalMilliseconds / Math.Max(imported, 1):F2} ms per message; RSS {server.ResidentMegabytes():F0} MB"));

    // Mixed as a helpdesk's mail is: mostly a few lines of text, every fifth with an HTML part, every twentieth with an
    // attachment of 20 to 200 KB.
    private static byte[] Message(int i, TextGenerator text)
    {
        var body = new StringBuilder();
        var boundary = $"b{i}";
        body.Append(CultureInfo.InvariantCulture, $"From: Employee {i % 500} <employee{i % 500}@corp.example>\r\nTo: helpdesk@corp.example\r\n");
        body.Append(CultureInfo.InvariantCulture, $"Subject: {text.Sentence(5)}\r\nMessage-ID: <bench-{i}@corp.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n");
        body.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n");
        body.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text.Sentence(40 + i % 200)}\r\n");
        if (i % 5 == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{text.Sentence(60)}</p><p><b>{text.Sentence(20)}</b></p>\r\n");
        }

        if (i % 20 == 0)
        {
            var file = new byte[20_000 + i % 180_000];
            new Random(i).NextBytes(file);
            body.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"log-{i}.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
            body.Append(Convert.ToBase64String(file, Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"--{boundary}--\r\n");
        return Encoding.UTF8.GetBytes(body.ToString());
    }
}
