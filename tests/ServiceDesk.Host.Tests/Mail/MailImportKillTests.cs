using System.Globalization;
using System.Text;
using MailKit.Search;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// 2,000 messages in the helpdesk's mailbox; the real service is killed (SIGKILL) in the middle of reading them, and
/// started again: exactly 2,000 tickets, none twice, none lost. Over IMAP they are flagged seen; over POP3 deleted, and
/// the killed session's deletions never happen (no QUIT).
/// </summary>
public sealed class MailImportKillTests
{
    private const int Messages = 2_000;

    [TestCase("Imap")]
    [TestCase("Pop3")]
    public async Task KilledMidImport_AndRestarted_ImportsEveryMessageExactlyOnce(string protocol)
    {
        await using var mail = await MailServers.StartAsync();
        await mail.DeliverRawAsync("helpdesk", Enumerable.Range(0, Messages).Select(Message));
        var work = Directory.CreateTempSubdirectory("servicedesk-kill-").FullName;
        var cli = new CliProcess(Path.Combine(work, "data"));
        string[] settings =
        [
            .. mail.AccountSettings("helpdesk", "Misc", protocol: protocol).Select(s => $"--{s.Key}={s.Value}"),
            "--ServiceDesk:Plugins:mail:Accounts:0:AfterImport=" + (protocol == "Pop3" ? "Delete" : "MarkSeen"),
            "--ServiceDesk:Plugins:mail:PollSchedule=* * * * * *",
            "--ServiceDesk:Jobs:PollMilliseconds=100",
            // The killed node's claim on its run runs out this long after its last renewal.
            "--ServiceDesk:Jobs:LeaseSeconds=10",
        ];
        try
        {
            var token = (await cli.RunAsync("token", "create", "--user", "admin")).Output.Trim().Split('\n')[^1];
            int beforeKill;
            var first = cli.StartServer(out var address, settings);
            using (var client = CliProcess.Client(address, token))
            {
                await CliProcess.WaitForHealthAsync(client);
                // Not at a multiple of the fetches' 500 messages (or POP3's 50): the kill comes in the middle of a fetch.
                beforeKill = await Eventually.UntilAsync(() => CountAsync(client), count => count >= 437, TimeSpan.FromMinutes(2));
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var second = cli.StartServer(out address, settings);
            try
            {
                using var client = CliProcess.Client(address, token);
                await CliProcess.WaitForHealthAsync(client);
                if (protocol == "Pop3")
                {
                    await Eventually.UntilAsync(() => mail.CountAsync("helpdesk"), left => left == 0, TimeSpan.FromMinutes(4));
                }
                else
                {
                    using var inbox = await mail.OpenInboxAsync("helpdesk");
                    await Eventually.UntilAsync(async () => (await inbox.Inbox.SearchAsync(SearchQuery.NotSeen)).Count, unseen => unseen == 0, TimeSpan.FromMinutes(4));
                }

                var titles = await TitlesAsync(client);
                TestContext.Out.WriteLine($"{beforeKill} tickets when the service was killed; {titles.Count} after the restart");
                Assert.Multiple(() =>
                {
                    Assert.That(beforeKill, Is.LessThan(Messages), "killed in the middle");
                    Assert.That(titles, Has.Count.EqualTo(Messages));
                    Assert.That(titles, Is.Unique);
                });
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static byte[] Message(int i) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"From: Employee {i} <employee{i}@corp.example>\r\nTo: helpdesk@corp.example\r\nSubject: Kill test {i:D4}\r\nMessage-ID: <kill-{i}@corp.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nRequest number {i}.\r\n"));

    private static async Task<int> CountAsync(HttpClient client) =>
        (int)(await ApiTestBase.GetAsync<PagedResult<TicketSummary>>(client, "/api/v1/tickets?pageSize=1")).Total;

    private static async Task<List<string>> TitlesAsync(HttpClient client)
    {
        var titles = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await ApiTestBase.GetAsync<PagedResult<TicketSummary>>(client, $"/api/v1/tickets?pageSize=500&page={page}");
            titles.AddRange(result.Items.Select(t => t.Title));
            if (result.Items.Count < 500)
            {
                return titles;
            }
        }
    }
}
