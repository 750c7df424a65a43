using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
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

        var group = new Group { Name = "legacy" };
        var queue = new Queue { Name = "Legacy", Group = group };
        var state = new TicketState { Name = "open", Type = StateType.Open };
        var customer = new CustomerUser { Email = "old@example.com", EmailKey = "old@example.com", CreatedAt = DateTime.UtcNow };
        var now = DateTime.UtcNow;
        for (var i = 1; i <= 7; i++)
        {
            var ticket = new Ticket
            {
                Number = i == 7 ? OldNumber : $"20200101100000{i:00}",
                Title = i == 7 ? "Legacy ticket" : $"Filler {i}",
                Queue = queue,
                State = state,
                CustomerUser = customer,
                CreatedAt = now,
                ChangedAt = now,
            };
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync();
            db.Articles.Add(new Article
            {
                TicketId = ticket.Id,
                Direction = ArticleDirection.Incoming,
                BodyText = i == 7 ? "Старый сервер не отвечает" : "filler",
                CreatedAt = now,
                AuthorName = "old",
            });
        }

        await db.SaveChangesAsync();
    }
}
