using System.Diagnostics;
using System.Globalization;
using System.Text;
using MailKit.Search;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Benchmarks;

/// <summary>
/// The email channel's import rate: realistic messages (mostly short text, some HTML, some with attachments) put into
/// the helpdesk's mailbox in a private Dovecot, then read by the real server into tickets on SQLite, timed from the
/// server's start to the moment the last message is flagged as imported.
/// </summary>
public sealed class MailBenchmark(int messages)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"# ServiceDesk mail import benchmark: sqlite, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        await using var mail = await MailServers.StartAsync();
        var text = new TextGenerator(7);
        var raw = Enumerable.Range(0, messages).Select(i => Message(i, text)).ToList();
        await mail.DeliverRawAsync("helpdesk", raw);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages} messages, {raw.Sum(r => (long)r.Length) / 1048576.0:F1} MB, in the mailbox"));

        var dataPath = Path.Combine(Path.GetTempPath(), "servicedesk-mail-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new Dictionary<string, string>(mail.AccountSettings("helpdesk", "Misc").Select(s => KeyValuePair.Create(s.Key, s.Value!)))
        {
            ["ServiceDesk:Plugins:mail:PollSchedule"] = "* * * * * *",
            ["ServiceDesk:Plugins:mail:MaxMessagesPerRun"] = "1000",
            ["ServiceDesk:Jobs:PollMilliseconds"] = "100",
        };
        try
        {
            var clock = Stopwatch.StartNew();
            await using var server = await ServerProcess.StartAsync(Benchmark.HostExecutable(), dataPath, settings);
            var started = clock.Elapsed;
            using var inbox = await mail.OpenInboxAsync("helpdesk");
            var deadline = DateTime.UtcNow.AddMinutes(30);
            int unseen;
            while ((unseen = (await inbox.Inbox.SearchAsync(SearchQuery.NotSeen, cancellationToken)).Count) > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, cancellationToken);
            }

            var imported = clock.Elapsed - started;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mail import: {messages - unseen} of {messages} messages in {imported.TotalSeconds:F1} s after the server's start = {(messages - unseen) / imported.TotalSeconds:F0} messages/s; RSS {server.ResidentMegabytes():F0} MB"));
        }
        finally
        {
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

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
