using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Tests.Data;

/// <summary>
/// The migration to rejection notices on a database of the version before, on SQLite and PostgreSQL: the automatic mails
/// counted before keep their counts, notices are counted beside articles' mails, a message owes one notice; going back
/// keeps the articles' counts.
/// </summary>
public sealed class AddRejectionNoticesMigrationTests(string provider) : MigrationFixture(provider)
{
    private const string Before = "20261125200000_AddOAuthTokens";

    [Test]
    public async Task CountsOfTheVersionBefore_Stay_NoticesAreCountedBesideThem_AndAMessageOwesOneNotice()
    {
        await using var db = await MigratedToBeforeWithACountAsync();

        await db.GetService<IMigrator>().MigrateAsync();
        db.AutomaticMails.AddRange(Counted(articleId: 0, quarantineId: 1), Counted(articleId: 0, quarantineId: 2));
        db.Quarantine.AddRange(
            new QuarantinedMessage { AccountId = "imap", Folder = "INBOX", Uid = 9, Reason = "rejected" },
            new QuarantinedMessage { AccountId = "imap", Folder = "INBOX", Uid = 10, Reason = "rejected, a copy" });
        await db.SaveChangesAsync();
        var entries = await db.Quarantine.OrderBy(q => q.Uid).Select(q => q.Id).ToListAsync();
        db.RejectionNotices.Add(Notice(entries[0]));
        await db.SaveChangesAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.AutomaticMails.OrderBy(m => m.Id).Select(m => new { m.ArticleId, m.QuarantineId }).ToListAsync(),
                Is.EqualTo(new[] { new { ArticleId = 7L, QuarantineId = 0L }, new { ArticleId = 0L, QuarantineId = 1L }, new { ArticleId = 0L, QuarantineId = 2L } }));
            Assert.That(await RefusedAsync(db, Counted(articleId: 0, quarantineId: 1)), Is.True, "a notice is counted once per recipient");
            Assert.That(await RefusedAsync(db, Notice(entries[1])), Is.True, "one notice per message, whichever entry its copies have");
        });
    }

    [Test]
    public async Task GoingBack_KeepsTheArticlesCounts()
    {
        await using var db = await MigratedToBeforeWithACountAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync();
        db.AutomaticMails.Add(Counted(articleId: 0, quarantineId: 1));
        await db.SaveChangesAsync();

        await migrator.MigrateAsync(Before);
        var left = await db.Database.SqlQueryRaw<long>("SELECT \"ArticleId\" AS \"Value\" FROM \"Mail_AutomaticMails\"").ToListAsync();
        await migrator.MigrateAsync(Migration.InitialDatabase);

        Assert.That(left, Is.EqualTo(new[] { 7L }));
    }

    private static AutomaticMail Counted(long articleId, long quarantineId) =>
        new() { ArticleId = articleId, QuarantineId = quarantineId, Recipient = "ivan@corp.example", CountedAt = DateTime.UtcNow };

    private static RejectionNotice Notice(long quarantineId) =>
        new() { QuarantineId = quarantineId, MessageKey = "mail-message:A", TicketNumber = "1", Recipient = "ivan@corp.example" };

    // The plugin's tables as the version before notices made them, with an automatic mail of article 7 counted.
    private async Task<MailDbContext> MigratedToBeforeWithACountAsync()
    {
        var db = await MigratedToAsync(Before);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Mail_AutomaticMails\" (\"ArticleId\", \"Recipient\", \"CountedAt\") VALUES (7, 'ivan@corp.example', '2026-11-25')");
        return db;
    }
}
