using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Tests.Data;

/// <summary>
/// The migration to handed-over messages on a database of the version before, on SQLite and PostgreSQL: the automatic
/// mails counted before keep their counts, a handed-over message is counted beside them, a key is kept once; going back
/// keeps the articles' and notices' counts.
/// </summary>
public sealed class AddOutboundMailsMigrationTests(string provider) : MigrationFixture(provider)
{
    private const string Before = "20261125300000_AddRejectionNotices";

    [Test]
    public async Task CountsOfTheVersionBefore_Stay_MessagesAreCountedBesideThem_AndAKeyIsKeptOnce()
    {
        await using var db = await MigratedToBeforeWithCountsAsync();

        await db.GetService<IMigrator>().MigrateAsync();
        db.AutomaticMails.AddRange(Counted(outboundId: 1), Counted(outboundId: 2));
        db.OutboundMails.Add(Outbound("templates:NotificationAssigned:1:2"));
        await db.SaveChangesAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.AutomaticMails.OrderBy(m => m.Id).Select(m => new { m.ArticleId, m.QuarantineId, m.OutboundId }).ToListAsync(), Is.EqualTo(new[]
            {
                new { ArticleId = 7L, QuarantineId = 0L, OutboundId = 0L }, new { ArticleId = 0L, QuarantineId = 3L, OutboundId = 0L },
                new { ArticleId = 0L, QuarantineId = 0L, OutboundId = 1L }, new { ArticleId = 0L, QuarantineId = 0L, OutboundId = 2L },
            }));
            Assert.That((await db.OutboundMails.SingleAsync()).Automation, Is.EqualTo(ArticleAutomation.Notification));
            Assert.That(await RefusedAsync(db, Counted(outboundId: 1)), Is.True, "a message is counted once per recipient");
            Assert.That(await RefusedAsync(db, Outbound("templates:NotificationAssigned:1:2")), Is.True, "a key is kept once");
        });
    }

    [Test]
    public async Task GoingBack_KeepsTheArticlesAndNoticesCounts()
    {
        await using var db = await MigratedToBeforeWithCountsAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync();
        db.AutomaticMails.Add(Counted(outboundId: 1));
        await db.SaveChangesAsync();

        await migrator.MigrateAsync(Before);
        var left = await db.Database.SqlQueryRaw<long>("SELECT \"ArticleId\" + \"QuarantineId\" AS \"Value\" FROM \"Mail_AutomaticMails\" ORDER BY \"Id\"").ToListAsync();
        await migrator.MigrateAsync(Migration.InitialDatabase);

        Assert.That(left, Is.EqualTo(new[] { 7L, 3L }));
    }

    private static AutomaticMail Counted(long outboundId) =>
        new() { OutboundId = outboundId, Recipient = "anna@corp.example", CountedAt = DateTime.UtcNow };

    private static OutboundMail Outbound(string key) => new()
    {
        Key = key, Recipient = "anna@corp.example", Subject = "Ticket 1 is yours now", Body = "Hello Anna,",
        Automation = ArticleAutomation.Notification, CreatedAt = DateTime.UtcNow,
    };

    // The plugin's tables as the version before made them, with an article's and a notice's automatic mail counted.
    private async Task<MailDbContext> MigratedToBeforeWithCountsAsync()
    {
        var db = await MigratedToAsync(Before);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Mail_AutomaticMails\" (\"ArticleId\", \"QuarantineId\", \"Recipient\", \"CountedAt\") VALUES (7, 0, 'ivan@corp.example', '2026-11-25'), (0, 3, 'ivan@corp.example', '2026-11-25')");
        return db;
    }
}
