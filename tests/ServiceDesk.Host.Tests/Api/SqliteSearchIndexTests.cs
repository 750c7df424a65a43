using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Search;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

/// <summary>
/// SQLite's full-text index is filled in batches after the writes. These tests run the core without its background
/// job, so that they decide when the index catches up, and check what the triggers still do meanwhile.
/// </summary>
public sealed class SqliteSearchIndexTests
{
    private static readonly Actor Admin = new(ActorKind.Admin, 1, "admin");

    private CoreOnSqlite _core = null!;

    [SetUp]
    public async Task StartAsync() => _core = await CoreOnSqlite.StartAsync("index");

    [TearDown]
    public async Task StopAsync() => await _core.DisposeAsync();

    [Test]
    public void MemoryStatistics_AreOff_SoThatConcurrentQueriesDoNotQueueOnOneLock()
    {
        // With the statistics on, the connections and statements opened by the setup would be counted here.
        Assert.That(SQLitePCL.raw.sqlite3_memory_used(), Is.Zero);
    }

    [Test]
    public async Task NewTickets_WaitForTheIndexer_AndASearchBringsTheIndexUpToDateFirst()
    {
        var ticket = await CreateAsync("Проектор мерцает", "The projector in room 12 flickers");

        Assert.Multiple(async () =>
        {
            Assert.That(await IndexedAsync("projector"), Is.Zero, "creating a ticket leaves the index alone");
            Assert.That(await SearchAsync("projector"), Is.EqualTo(new[] { ticket.Summary.Number }), "the search indexes it first");
            Assert.That(await IndexedAsync("projector"), Is.EqualTo(1));
            Assert.That(await IndexedAsync("мерцает"), Is.EqualTo(2), "the title, and the article's subject");
        });
    }

    // A ticket's first article repeats its title as the subject, so the old title stays findable through the article.
    [Test]
    public async Task ATitleChangedBeforeIndexing_IsIndexedOnce_WithTheNewTitle()
    {
        var ticket = await CreateAsync("Old wording", "body text");
        await UpdateTitleAsync(ticket, "Renamed keyboard");

        Assert.Multiple(async () =>
        {
            Assert.That(await SearchAsync("renamed"), Is.EqualTo(new[] { ticket.Summary.Number }));
            Assert.That(await IndexedAsync("renamed"), Is.EqualTo(1));
            Assert.That(await IndexedAsync("wording"), Is.EqualTo(1), "only the article's subject");
        });
    }

    [Test]
    public async Task ATitleChangedAfterIndexing_ReplacesTheIndexedTitle()
    {
        var ticket = await CreateAsync("Scanner jams", "body text");
        await CatchUpAsync();
        var before = await IndexedAsync("scanner");
        await UpdateTitleAsync(ticket, "Copier jams");

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.EqualTo(2), "the title and the article's subject");
            Assert.That(await SearchAsync("copier"), Is.EqualTo(new[] { ticket.Summary.Number }));
            Assert.That(await IndexedAsync("copier"), Is.EqualTo(1));
            Assert.That(await IndexedAsync("scanner"), Is.EqualTo(1), "only the article's subject");
        });
    }

    [Test]
    public async Task ArticlesDeletedBeforeOrAfterIndexing_LeaveNothingInTheIndex()
    {
        var indexed = await CreateAsync("First", "monitor flickers");
        await CatchUpAsync();
        var waiting = await CreateAsync("Second", "monitor flickers again");
        await using (var scope = _core.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "Articles" WHERE "TicketId" IN (SELECT "Id" FROM "Tickets" WHERE "Number" IN ({indexed.Summary.Number}, {waiting.Summary.Number}))""");
        }

        var added = await CatchUpAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(added, Is.EqualTo(1), "the second ticket's title");
            Assert.That(await IndexedAsync("flickers"), Is.Zero);
            Assert.That(await SearchAsync("monitor"), Is.Empty);
        });
    }

    [Test]
    public async Task ManyTickets_AreIndexedInSeveralUnits_EachRowOnce()
    {
        var count = SqliteSearchIndexer.MaxRowsPerUnit + 10;
        await using (var scope = _core.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            var queue = await db.Queues.Where(q => q.Name == "Misc").Select(q => q.Id).SingleAsync();
            var state = await db.States.Where(s => s.Name == "new").Select(s => s.Id).SingleAsync();
            await db.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
                INSERT INTO "Tickets" ("Number", "Title", "QueueId", "StateId", "Priority", "Locked", "CreatedAt", "ChangedAt", "Version")
                SELECT 'bulk' || i, 'bulk router ' || i, {queue}, {state}, 3, 0, '2026-01-01', '2026-01-01', 1 FROM n
                """);
        }

        var indexed = await CatchUpAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(indexed, Is.EqualTo(count));
            Assert.That(await IndexedAsync("router"), Is.EqualTo(count));
            Assert.That(await CatchUpAsync(), Is.Zero, "nothing is indexed twice");
        });
    }

    private async Task<TicketDetails> CreateAsync(string title, string body)
    {
        await using var scope = _core.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITicketService>().CreateAsync(
            Admin,
            new CreateTicketCommand { Title = title, Queue = "Misc", Customer = new CustomerReference("anna@example.com"), Body = body },
            CancellationToken.None);
    }

    private async Task UpdateTitleAsync(TicketDetails ticket, string title)
    {
        await using var scope = _core.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ITicketService>().UpdateAsync(
            Admin, ticket.Summary.Number, new UpdateTicketCommand { Title = title }, null, CancellationToken.None);
    }

    private async Task<string[]> SearchAsync(string text)
    {
        await using var scope = _core.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<ITicketService>().SearchAsync(Admin, new TicketQuery { Text = text }, CancellationToken.None);
        return found.Items.Select(t => t.Number).ToArray();
    }

    private async Task<int> CatchUpAsync()
    {
        await using var scope = _core.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SqliteSearchIndexer>().CatchUpAsync(CancellationToken.None);
    }

    // Index entries that hold the word, read from the index itself.
    private async Task<int> IndexedAsync(string word)
    {
        await using var scope = _core.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        return (await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM ticket_fts WHERE ticket_fts MATCH {word}").ToListAsync()).Single();
    }
}
