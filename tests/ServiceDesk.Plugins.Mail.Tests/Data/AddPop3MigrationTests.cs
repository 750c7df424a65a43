using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Tests.Data;

/// <summary>
/// The migration to POP3 on a database of the version before, on SQLite and PostgreSQL: IMAP's rows keep their keys, POP3's
/// are keyed by account and UIDL; going back keeps IMAP's rows and drops POP3's, which the version before cannot tell apart.
/// </summary>
public sealed class AddPop3MigrationTests(string provider) : MigrationFixture(provider)
{
    private const string Before = "20261124000000_AddFilters";

    [Test]
    public async Task ImapRowsOfTheVersionBefore_KeepTheirKeys_AndPop3RowsAreKeyedByUidl()
    {
        await using var db = await MigratedToBeforeWithImapRowsAsync();

        await db.GetService<IMigrator>().MigrateAsync();
        db.ImportedMessages.AddRange(Pop3("000000016b03e436"), Pop3("000000026b03e436"));
        await db.SaveChangesAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.ImportedMessages.Where(i => i.AccountId == "imap").Select(i => i.Uidl).SingleAsync(), Is.Empty);
            Assert.That(await db.Quarantine.Select(q => q.Uidl).SingleAsync(), Is.Empty);
            Assert.That(await RefusedAsync(db, new ImportedMessage { AccountId = "imap", Folder = "INBOX", UidValidity = 5, Uid = 7, TicketNumber = "1" }), Is.True,
                "an IMAP message is recorded once");
            Assert.That(await RefusedAsync(db, Pop3("000000016b03e436")), Is.True, "a POP3 message is recorded once");
        });
    }

    [Test]
    public async Task GoingBack_KeepsImapRows_AndDropsPop3Rows()
    {
        await using var db = await MigratedToBeforeWithImapRowsAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync();
        db.ImportedMessages.AddRange(Pop3("000000016b03e436"), Pop3("000000026b03e436"));
        await db.SaveChangesAsync();

        await migrator.MigrateAsync(Before);
        var left = await db.Database.SqlQueryRaw<string>("SELECT \"AccountId\" AS \"Value\" FROM \"Mail_ImportedMessages\"").ToListAsync();
        await migrator.MigrateAsync(Migration.InitialDatabase);

        Assert.That(left, Is.EqualTo(new[] { "imap" }));
    }

    private static ImportedMessage Pop3(string uidl) => new() { AccountId = "pop", Folder = "INBOX", Uidl = uidl, TicketNumber = "1" };

    // The plugin's tables as the version before POP3 made them, with an IMAP message imported and one quarantined.
    private async Task<MailDbContext> MigratedToBeforeWithImapRowsAsync()
    {
        var db = await MigratedToAsync(Before);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Mail_ImportedMessages\" (\"AccountId\", \"Folder\", \"UidValidity\", \"Uid\", \"ArticleId\", \"TicketNumber\", \"ImportedAt\") VALUES ('imap', 'INBOX', 5, 7, 1, '1', '2026-11-24')");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Mail_Quarantine\" (\"AccountId\", \"Folder\", \"UidValidity\", \"Uid\", \"Reason\", \"QuarantinedAt\") VALUES ('imap', 'INBOX', 5, 8, 'unreadable', '2026-11-24')");
        return db;
    }
}
