using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core;
using ServiceDesk.Core.Data;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class DatabaseUpgradeTests(string provider)
{
    private const string OldNumber = "2020010110000007";

    [Test]
    public async Task UpgradingADatabaseOfTheFirstRelease_KeepsItsTickets_AndMakesThemSearchable()
    {
        var connectionString = provider == "postgres"
            ? await TestPostgres.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(Path.GetTempPath(), "servicedesk-upgrade-" + Guid.NewGuid().ToString("N") + ".db")}";
        await WriteWithFirstReleaseSchemaAsync(connectionString);

        await using var server = await ServiceDeskServer.StartAsync(provider, new Dictionary<string, string?> { ["ServiceDesk:Database:ConnectionString"] = connectionString });
        var admin = await server.AgentAsync("admin");
        var old = await ApiTestBase.GetAsync<TicketDetails>(admin, $"/api/v1/tickets/{OldNumber}");
        var found = await ApiTestBase.GetAsync<PagedResult<TicketSummary>>(admin, "/api/v1/tickets?q=" + Uri.EscapeDataString("старый сервер"));
        var fresh = await admin.PostAsJsonAsync("/api/v1/tickets", new { title = "After upgrade", queue = "Legacy", customer = new { email = "old@example.com" }, body = "new" }, ApiTestBase.Json);
        var created = (await fresh.Content.ReadFromJsonAsync<TicketDetails>(ApiTestBase.Json))!;

        Assert.Multiple(() =>
        {
            Assert.That(old.Summary.Title, Is.EqualTo("Legacy ticket"));
            Assert.That(found.Items.Select(t => t.Number), Is.EqualTo(new[] { OldNumber }));
            Assert.That(created.Summary.Number, Does.EndWith("000008"), "the counter continues after the existing tickets");
        });
    }

    // The data is written in the first release's own terms (SQL against its schema), not through today's model,
    // which has grown since.
    private async Task WriteWithFirstReleaseSchemaAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceDesk:Database:Provider"] = provider,
            ["ServiceDesk:Database:ConnectionString"] = connectionString,
            ["ServiceDesk:DataPath"] = Path.GetTempPath(),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddServiceDeskCore(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());

        var now = DateTime.UtcNow;
        var active = true;
        var group = await InsertAsync(db, $"""INSERT INTO "Groups" ("Name", "IsActive") VALUES ('legacy', {active}) RETURNING CAST("Id" AS BIGINT) AS "Value" """);
        var queue = await InsertAsync(db, $"""
            INSERT INTO "Queues" ("Name", "GroupId", "SupportLine", "DefaultPriority", "FollowUpPolicy", "IsActive")
            VALUES ('Legacy', {group}, 1, 3, 1, {active}) RETURNING CAST("Id" AS BIGINT) AS "Value"
            """);
        var state = await InsertAsync(db, $"""INSERT INTO "States" ("Name", "Type", "IsActive") VALUES ('open', 2, {active}) RETURNING CAST("Id" AS BIGINT) AS "Value" """);
        var customer = await InsertAsync(db, $"""
            INSERT INTO "CustomerUsers" ("Email", "EmailKey", "FirstName", "LastName", "CanSeeCompanyTickets", "IsActive", "CreatedAt")
            VALUES ('old@example.com', 'old@example.com', 'Old', 'Customer', {!active}, {active}, {now}) RETURNING CAST("Id" AS BIGINT) AS "Value"
            """);
        for (var i = 1; i <= 7; i++)
        {
            var number = i == 7 ? OldNumber : $"20200101100000{i:00}";
            var title = i == 7 ? "Legacy ticket" : $"Filler {i}";
            var body = i == 7 ? "Старый сервер не отвечает" : "filler";
            var ticket = await InsertAsync(db, $"""
                INSERT INTO "Tickets" ("Number", "Title", "QueueId", "StateId", "Priority", "Locked", "CustomerUserId", "CreatedAt", "ChangedAt", "Version")
                VALUES ({number}, {title}, {queue}, {state}, 3, {!active}, {customer}, {now}, {now}, 1) RETURNING CAST("Id" AS BIGINT) AS "Value"
                """);
            await InsertAsync(db, $"""
                INSERT INTO "Articles" ("TicketId", "Channel", "Direction", "VisibleToCustomer", "BodyText", "CreatedAt", "AuthorName")
                VALUES ({ticket}, 'email', 1, {active}, {body}, {now}, 'old') RETURNING CAST("Id" AS BIGINT) AS "Value"
                """);
        }
    }

    private static async Task<long> InsertAsync(ServiceDeskDbContext db, FormattableString sql) =>
        (await db.Database.SqlQuery<long>(sql).ToListAsync()).Single();
}
