using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceDesk.Host.Tests.Infrastructure;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Tests.Data;

/// <summary>
/// An empty database of its own for each test of the plugin's migrations, on SQLite (a file) or PostgreSQL, with the
/// history table that the host gives the plugin. Each test class that derives from it runs on both.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public abstract class MigrationFixture(string provider)
{
    private string _sqliteFile = "";

    [TearDown]
    public void DeleteSqliteFile()
    {
        if (_sqliteFile.Length > 0)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
            _sqliteFile = "";
        }
    }

    /// <summary>A context on a new database, migrated up to <paramref name="migration"/>.</summary>
    protected async Task<MailDbContext> MigratedToAsync(string migration)
    {
        var db = await NewDatabaseAsync();
        await db.GetService<IMigrator>().MigrateAsync(migration);
        return db;
    }

    /// <summary>Whether the database refuses to save <paramref name="row"/> (a key it holds already).</summary>
    protected static async Task<bool> RefusedAsync(MailDbContext db, object row)
    {
        db.ChangeTracker.Clear();
        db.Add(row);
        try
        {
            await db.SaveChangesAsync();
            return false;
        }
        catch (DbUpdateException)
        {
            return true;
        }
    }

    protected async Task<MailDbContext> NewDatabaseAsync()
    {
        // The migrations are written by hand, without a model snapshot to compare the model with.
        var options = new DbContextOptionsBuilder<MailDbContext>().ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        if (provider == "postgres")
        {
            options.UseNpgsql(await TestPostgres.CreateDatabaseAsync(), npgsql => npgsql.MigrationsHistoryTable("__Plugin_mail_Migrations"));
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"servicedesk-mail-migration-{Guid.NewGuid():N}.db");
            options.UseSqlite($"Data Source={_sqliteFile}", sqlite => sqlite.MigrationsHistoryTable("__Plugin_mail_Migrations"));
        }

        return new MailDbContext(options.Options);
    }
}
