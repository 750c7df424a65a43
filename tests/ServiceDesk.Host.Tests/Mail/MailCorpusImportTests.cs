using System.Net;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// The real-world corpus (../shared/corpus/mail, when present) delivered byte for byte into the helpdesk's mailbox in a
/// real Dovecot, and read by the email plugin: every message becomes a ticket or an article or goes to the quarantine
/// with a reason; none is lost, none is written twice, and bounces make no tickets.
/// </summary>
public sealed class MailCorpusImportTests
{
    [Test]
    public async Task EveryCorpusMessage_BecomesATicketOrArticle_OrIsQuarantinedWithAReason()
    {
        var corpus = MailCorpus.Entries();
        await using var mail = await MailServers.StartAsync();
        await mail.DeliverRawAsync("helpdesk", corpus.Select(e => File.ReadAllBytes(e.Path)));
        var settings = mail.AccountSettings("helpdesk", "Misc");
        settings["ServiceDesk:Plugins:mail:PollSchedule"] = "* * * * * *";
        settings["ServiceDesk:Jobs:PollMilliseconds"] = "100";
        var dataPath = ServiceDeskServer.NewDataPath();
        TestPlugins.InstallBundled(dataPath, "mail");
        try
        {
            await using var server = await ServiceDeskServer.StartAsync("sqlite", settings, dataPath: dataPath);
            using var admin = await server.AgentAsync("admin");
            using (var inbox = await mail.OpenInboxAsync("helpdesk"))
            {
                await Eventually.UntilAsync(async () => (await inbox.Inbox.SearchAsync(SearchQuery.NotSeen)).Count, unseen => unseen == 0, TimeSpan.FromMinutes(2));
            }

            var quarantine = await ApiTestBase.GetAsync<List<QuarantineEntryView>>(admin, "/api/v1/plugins/mail/quarantine");
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            var articles = await db.Articles.CountAsync();
            var placedKeys = await db.IdempotencyKeys.CountAsync(k => k.Key.StartsWith("mail:"));
            var bounces = corpus.Count(e => e.IsBounce);
            var quarantinedBounces = quarantine.Count(q => q.Reason.StartsWith("A bounce", StringComparison.Ordinal));
            TestContext.Out.WriteLine($"{corpus.Count} messages: {articles} articles in {await db.Tickets.CountAsync()} tickets, {quarantine.Count} quarantined ({quarantinedBounces} bounces naming no ticket of ours)");
            foreach (var reason in quarantine.Where(q => !q.Reason.StartsWith("A bounce", StringComparison.Ordinal)).Select(q => q.Reason).Distinct())
            {
                TestContext.Out.WriteLine("quarantined: " + reason);
            }

            var imported = await ImportedAsync(db);
            TestContext.Out.WriteLine($"{imported.Count} messages imported into {imported.Select(i => i.ArticleId).Distinct().Count()} articles (copies of a message become its article)");
            Assert.Multiple(() =>
            {
                Assert.That(imported.Count + quarantine.Count, Is.EqualTo(corpus.Count), "each message is imported or quarantined: none lost");
                Assert.That(imported.Select(i => i.ArticleId).Distinct().Count(), Is.EqualTo(articles), "each article is a message of the mailbox");
                Assert.That(placedKeys, Is.LessThanOrEqualTo(articles), "no article is written twice");
                Assert.That(quarantine.All(q => q.Reason.Length > 0), Is.True);
                Assert.That(quarantinedBounces, Is.EqualTo(bounces), "every bounce, and nothing else, is recognised as one (none names a ticket here)");
            });
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    // The plugin's record of which message became which article, read from its table in the service's database.
    private static async Task<List<(long Uid, long ArticleId)>> ImportedAsync(ServiceDeskDbContext db)
    {
        var rows = new List<(long, long)>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT \"Uid\", \"ArticleId\" FROM \"Mail_ImportedMessages\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private sealed record QuarantineEntryView(long Id, string Reason);
}
