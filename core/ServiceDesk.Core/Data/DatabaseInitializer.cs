using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;
using ServiceDesk.Core.Users;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Brings a database to the current schema and, on first start, fills in the standard states, groups, queues and the
/// admin user. Safe to run at every start and on several nodes: each seed row is added only when missing, and a
/// database marked as seeded at <see cref="DatabaseSeed.Version"/> is not checked again.
/// </summary>
public sealed class DatabaseInitializer(ServiceDeskDbContext db, TimeProvider clock)
{
    public const string AdminPasswordVariable = "SERVICEDESK_ADMIN_PASSWORD";

    private const string HistoryTable = "__EFMigrationsHistory";

    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromHours(1);

    /// <summary>Migrates and seeds; returns the admin password when it was generated now (to be shown once).</summary>
    public async Task<string?> InitializeAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        // One plain query on a database seeded before, instead of one query per seed: Entity Framework's first query of
        // a process costs about a quarter of a second, which a start then leaves to the work after it.
        var seeded = await PlainSql.ScalarAsync(
            db,
            $"SELECT count(*) FROM \"Counters\" WHERE \"Name\" = '{DatabaseSeed.Counter}' AND \"Value\" >= {DatabaseSeed.Version}", cancellationToken);
        if (Convert.ToInt64(seeded, CultureInfo.InvariantCulture) > 0)
        {
            return null;
        }

        await SeedStatesAsync(cancellationToken);
        var groups = await SeedGroupsAsync(cancellationToken);
        await SeedQueuesAsync(groups[DatabaseSeed.UsersGroup], cancellationToken);
        await FillCustomerSearchKeysAsync(cancellationToken);
        var password = await SeedAdminAsync(groups, cancellationToken);
        await MarkSeededAsync(cancellationToken);
        return password;
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = await MigrationHistory.AppliedAsync(db, HistoryTable, cancellationToken);
        var pending = db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (pending.Count == 0)
        {
            // Up to date: Migrate would still build the migrations' model and compare it with the current one, most
            // of a start's time.
            return pending;
        }

        // An upgrade may rebuild a search index over every ticket, which takes minutes on a large database.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationTimeout);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        return pending;
    }

    private async Task MarkSeededAsync(CancellationToken cancellationToken)
    {
        var marker = await db.Counters.SingleOrDefaultAsync(c => c.Name == DatabaseSeed.Counter, cancellationToken);
        if (marker is null)
        {
            db.Counters.Add(new Counter { Name = DatabaseSeed.Counter, Value = DatabaseSeed.Version });
        }
        else
        {
            marker.Value = DatabaseSeed.Version;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded the same database at the same moment and marked it first.
            db.ChangeTracker.Clear();
        }
    }

    private async Task SeedStatesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.States.Select(s => s.Name).ToListAsync(cancellationToken);
        db.States.AddRange(DatabaseSeed.States.Where(s => !existing.Contains(s.Name)).Select(s => new TicketState { Name = s.Name, Type = s.Type }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, int>> SeedGroupsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Groups.Select(g => g.Name).ToListAsync(cancellationToken);
        db.Groups.AddRange(DatabaseSeed.Groups.Where(g => !existing.Contains(g)).Select(g => new Group { Name = g }));
        await db.SaveChangesAsync(cancellationToken);
        return await db.Groups.ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
    }

    private async Task SeedQueuesAsync(int usersGroupId, CancellationToken cancellationToken)
    {
        if (await db.Queues.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Queues.AddRange(DatabaseSeed.Queues.Select(q => new Queue { Name = q, GroupId = usersGroupId }));
        await db.SaveChangesAsync(cancellationToken);
    }

    // Customers written before the search key existed get theirs here; the database cannot lower-case Cyrillic itself.
    private async Task FillCustomerSearchKeysAsync(CancellationToken cancellationToken)
    {
        List<CustomerUser> batch;
        do
        {
            batch = await db.CustomerUsers.Where(c => c.SearchKey == "").OrderBy(c => c.Id).Take(1000).ToListAsync(cancellationToken);
            batch.ForEach(c => c.RefreshSearchKey());
            await db.SaveChangesAsync(cancellationToken);
        }
        while (batch.Count > 0);
    }

    private async Task<string?> SeedAdminAsync(Dictionary<string, int> groups, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Login == DatabaseSeed.AdminLogin, cancellationToken))
        {
            return null;
        }

        var given = Environment.GetEnvironmentVariable(AdminPasswordVariable);
        var password = string.IsNullOrEmpty(given) ? GeneratePassword() : ValidGivenPassword(given);
        db.Users.Add(new User
        {
            Login = DatabaseSeed.AdminLogin,
            Email = "admin@localhost.localdomain",
            FirstName = "Admin",
            LastName = "",
            IsAdmin = true,
            PasswordHash = PasswordHasher.Hash(password),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            GroupPermissions = groups.Values.Select(id => new UserGroupPermission { GroupId = id, Permission = Permission.ReadWrite }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return string.IsNullOrEmpty(given) ? password : null;
    }

    private static string ValidGivenPassword(string password) =>
        password.Length >= UserService.MinPasswordLength
            ? password
            : throw new InvalidOperationException($"{AdminPasswordVariable} must have at least {UserService.MinPasswordLength} characters.");

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}
