using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Tests.Data;

/// <summary>
/// The migrations of the stored accounts (20261125000000), of POP3 (20261125100000) and of OAuth2 (20261125200000), made
/// on branches apart, apply in that order on an empty database and on one of either version before them, on SQLite and
/// PostgreSQL: a database that had POP3 and OAuth2 before the accounts gets the accounts' tables after them.
/// </summary>
public sealed class MigrationOrderTests(string provider) : MigrationFixture(provider)
{
    private const string AddAccounts = "20261125000000_AddAccounts";
    private const string AddPop3 = "20261125100000_AddPop3";
    private const string AddOAuthTokens = "20261125200000_AddOAuthTokens";
    private const string AddRejectionNotices = "20261125300000_AddRejectionNotices";
    private const string AddOutboundMails = "20261125400000_AddOutboundMails";

    [Test]
    public async Task OnAnEmptyDatabase_AllApplyInOrder()
    {
        await using var db = await NewDatabaseAsync();

        await db.GetService<IMigrator>().MigrateAsync();

        await ExpectEveryTableAsync(db);
    }

    [Test]
    public async Task OnTheVersionWithPop3AndOAuth2_TheAccountsApplyAfterThem()
    {
        await using var db = await NewDatabaseAsync();
        await db.GetService<IMigrator>().MigrateAsync();
        // As that version left it: POP3's and OAuth2's migrations applied, the accounts' unknown.
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Mail_AccountStatus\"");
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Mail_Accounts\"");
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__Plugin_mail_Migrations\" WHERE \"MigrationId\" = {AddAccounts}");
        var pending = await db.Database.GetPendingMigrationsAsync();

        await db.GetService<IMigrator>().MigrateAsync();

        Assert.That(pending, Is.EqualTo(new[] { AddAccounts }));
        await ExpectEveryTableAsync(db);
    }

    [Test]
    public async Task OnTheVersionWithStoredAccounts_Pop3AndOAuth2ApplyAfterThem()
    {
        await using var db = await NewDatabaseAsync();
        await db.GetService<IMigrator>().MigrateAsync(AddAccounts);
        var pending = await db.Database.GetPendingMigrationsAsync();

        await db.GetService<IMigrator>().MigrateAsync();

        // The rejection notices' and the outbound mails' migrations, made later, apply after them too.
        Assert.That(pending, Is.EqualTo(new[] { AddPop3, AddOAuthTokens, AddRejectionNotices, AddOutboundMails }));
        await ExpectEveryTableAsync(db);
    }

    // Every migration applied, and each of the three's tables and columns written and read through the model.
    private static async Task ExpectEveryTableAsync(MailDbContext db)
    {
        var now = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
        db.Accounts.Add(new StoredAccount { Id = "helpdesk", Settings = "{}", Secrets = "protected", ChangedAt = now });
        db.AccountStatuses.Add(new AccountStatus { AccountId = "helpdesk", LastReadAt = now });
        db.ImportedMessages.Add(new ImportedMessage { AccountId = "helpdesk", Folder = "INBOX", Uidl = "000000016b03e436", TicketNumber = "1" });
        db.OAuthTokens.Add(new OAuthToken { Login = "account:helpdesk", RefreshToken = "refresh", RefreshTokenUsedAt = now, ConsentedAt = now, ConsentedBy = 1 });
        db.OAuthConsents.Add(new OAuthConsent { StateHash = "hash", Login = "account:helpdesk", CodeVerifier = "verifier", RedirectUri = "https://helpdesk.example/callback", ExpiresAt = now });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()));
            Assert.That((await db.Accounts.SingleAsync()).Secrets, Is.EqualTo("protected"));
            Assert.That((await db.AccountStatuses.SingleAsync()).LastReadAt, Is.EqualTo(now));
            Assert.That((await db.ImportedMessages.SingleAsync()).Uidl, Is.EqualTo("000000016b03e436"));
            Assert.That((await db.OAuthTokens.SingleAsync()).RefreshToken, Is.EqualTo("refresh"));
            Assert.That((await db.OAuthConsents.SingleAsync()).Login, Is.EqualTo("account:helpdesk"));
        });
    }
}
