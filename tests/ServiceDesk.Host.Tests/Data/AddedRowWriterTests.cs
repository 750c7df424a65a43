using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Data;

/// <summary>
/// SQLite's writer inserts new tickets with its own prepared statements instead of SaveChanges: what it stores must be
/// exactly what SaveChanges would have stored, and the context must afterwards know the rows as saved.
/// </summary>
public sealed class AddedRowWriterTests
{
    private static readonly Type[] Tables = [typeof(Ticket), typeof(TicketTag), typeof(HistoryEntry)];

    private CoreOnSqlite _core = null!;

    [SetUp]
    public async Task StartAsync() => _core = await CoreOnSqlite.StartAsync("rows");

    [TearDown]
    public async Task StopAsync() => await _core.DisposeAsync();

    [Test]
    public async Task RowsWrittenByIt_AreStoredAsSaveChangesStoresThem_AndTrackedAsSaved()
    {
        var (queueId, stateId) = await QueueAndStateAsync();
        var bySaveChanges = await WriteAsync(Sample(1_000_001, "by SaveChanges", queueId, stateId), db => db.SaveChangesAsync());
        var byRowWriter = await WriteAsync(Sample(1_000_002, "by the row writer", queueId, stateId), async db =>
        {
            await AddedRowWriter.InsertAsync(db, Tables, CancellationToken.None);
            return db.ChangeTracker.Entries().Count(e => e.State != EntityState.Unchanged);
        });

        var expected = await StoredAsync(bySaveChanges.Ticket.Id, bySaveChanges.History.Id);
        var actual = await StoredAsync(byRowWriter.Ticket.Id, byRowWriter.History.Id);
        Assert.Multiple(() =>
        {
            Assert.That(byRowWriter.Unsaved, Is.Zero, "every row is tracked as saved");
            Assert.That(byRowWriter.History.Id, Is.GreaterThan(bySaveChanges.History.Id), "the generated key is read back");
            Assert.That(actual.Ticket, Is.EqualTo(expected.Ticket), "ticket columns, as stored");
            Assert.That(actual.History, Is.EqualTo(expected.History), "history columns, as stored");
            Assert.That(actual.Tags, Is.EqualTo(expected.Tags));
        });
    }

    [Test]
    public async Task RowsThatComeWithAndWithoutKeys_AreRefused_AndNothingIsWritten()
    {
        var (queueId, stateId) = await QueueAndStateAsync();
        await using var scope = _core.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var ticket = Sample(1_000_003, "mixed", queueId, stateId);
        db.Tickets.Add(ticket.Ticket);
        db.History.Add(ticket.History);
        db.History.Add(new HistoryEntry { Id = 999_999, TicketId = ticket.Ticket.Id, Type = "Note", ActorName = "agent" });

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<WriteTransaction>()
            .RunAsync(ct => AddedRowWriter.InsertAsync(db, Tables, ct), CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(error!.Message, Does.Contain("with their keys and some without"));
            Assert.That(await CountAsync("Tickets"), Is.Zero, "the unit of work rolled back");
        });
    }

    [Test]
    public async Task ATicketWithTagsFieldsAndAttachments_IsWrittenWhole_AndTheWriterStaysUsableAfterAFailedUnit()
    {
        var (queueId, stateId) = await QueueAndStateAsync();
        await using (var scope = _core.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ITicketSettingsService>().CreateFieldAsync(Actor.System,
                new CustomFieldCommand { Name = "device", Label = "Device", Type = CustomFieldType.Text }, CancellationToken.None);
        }

        var first = await CreateWithAttachmentsAsync("First");
        // A unit that fails inside the row writer (the ticket number is taken) rolls back; the prepared statements
        // it used go on working for the next unit.
        var duplicate = Sample(2_000_001, "duplicate", queueId, stateId);
        duplicate.Ticket.Number = first.Summary.Number;
        Assert.ThrowsAsync<SqliteException>(() => WriteAsync(duplicate, async db =>
        {
            await AddedRowWriter.InsertAsync(db, Tables, CancellationToken.None);
            return 0;
        }));
        var second = await CreateWithAttachmentsAsync("Second");

        await using var read = _core.Services.CreateAsyncScope();
        var tickets = read.ServiceProvider.GetRequiredService<ITicketService>();
        var articles = await tickets.GetArticlesAsync(Actor.System, second.Summary.Number, CancellationToken.None);
        var db = read.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        Assert.Multiple(async () =>
        {
            Assert.That(second.Tags, Is.EquivalentTo(new[] { "printer", "floor-2" }));
            Assert.That(second.Fields["device"], Is.EqualTo("Second laptop"));
            Assert.That(articles.Single().Attachments.Select(a => a.FileName), Is.EquivalentTo(new[] { "a.txt", "b.txt" }));
            Assert.That(await db.Attachments.Where(a => a.ArticleId == articles.Single().Id).CountAsync(), Is.EqualTo(2));
            Assert.That(await db.Outbox.CountAsync(m => m.TicketId == second.Summary.Id), Is.EqualTo(1));
            Assert.That(await db.Tickets.CountAsync(t => t.Number == first.Summary.Number), Is.EqualTo(1), "the duplicate rolled back");
        });
    }

    // A ticket with every kind of column filled (nullable dates, an enum, a flag), one tag and one history entry.
    private static (Ticket Ticket, HistoryEntry History) Sample(long id, string title, int queueId, int stateId)
    {
        var at = new DateTime(2026, 11, 22, 9, 30, 15, DateTimeKind.Utc).AddTicks(1234567);
        var ticket = new Ticket
        {
            Id = id,
            Number = "2026112210" + id,
            Title = "Same title",
            QueueId = queueId,
            StateId = stateId,
            Priority = TicketPriority.High,
            Locked = true,
            CreatedAt = at,
            ChangedAt = at.AddMinutes(1),
            PendingUntil = at.AddDays(2),
            Tags = [new TicketTag { Tag = "printer" }],
        };
        var history = new HistoryEntry
        {
            TicketId = id,
            Type = HistoryTypes.TicketCreate,
            At = at,
            ActorKind = ActorKind.Agent,
            ActorId = 1,
            ActorName = title,
            Field = "state",
            NewValue = "new",
        };
        return (ticket, history);
    }

    private async Task<TicketDetails> CreateWithAttachmentsAsync(string title)
    {
        await using var scope = _core.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITicketService>().CreateAsync(Actor.System, new CreateTicketCommand
        {
            Title = title,
            Queue = "Misc",
            Customer = new CustomerReference("rows@example.com"),
            Body = "Two files attached",
            Tags = ["printer", "floor-2"],
            Fields = new Dictionary<string, string?> { ["device"] = title + " laptop" },
            Attachments = [new AttachmentUpload("a.txt", "text/plain", "one"u8.ToArray()), new AttachmentUpload("b.txt", "text/plain", "two"u8.ToArray())],
        }, CancellationToken.None);
    }

    private async Task<(Ticket Ticket, HistoryEntry History, int Unsaved)> WriteAsync(
        (Ticket Ticket, HistoryEntry History) rows, Func<ServiceDeskDbContext, Task<int>> save)
    {
        await using var scope = _core.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        db.Tickets.Add(rows.Ticket);
        db.History.Add(rows.History);
        var unsaved = await scope.ServiceProvider.GetRequiredService<WriteTransaction>().RunAsync(_ => save(db), CancellationToken.None);
        return (rows.Ticket, rows.History, unsaved);
    }

    // The stored columns as SQLite holds them, without the keys and numbers that differ by design.
    private async Task<(string Ticket, string History, string Tags)> StoredAsync(long ticketId, long historyId)
    {
        await using var connection = new SqliteConnection(_core.ConnectionString);
        await connection.OpenAsync();
        return (
            await RowAsync(connection, $"""SELECT * FROM "Tickets" WHERE "Id" = {ticketId}""", "Id", "Number"),
            await RowAsync(connection, $"""SELECT * FROM "History" WHERE "Id" = {historyId}""", "Id", "TicketId", "ActorName"),
            await RowAsync(connection, $"""SELECT * FROM "TicketTags" WHERE "TicketId" = {ticketId}""", "TicketId"));
    }

    private static async Task<string> RowAsync(SqliteConnection connection, string sql, params string[] skipped)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, sql);
        return string.Join("|", Enumerable.Range(0, reader.FieldCount)
            .Where(i => !skipped.Contains(reader.GetName(i)))
            .Select(i => $"{reader.GetName(i)}={reader.GetValue(i).GetType().Name}:{reader.GetValue(i)}"));
    }

    private async Task<(int QueueId, int StateId)> QueueAndStateAsync()
    {
        await using var scope = _core.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        return (await db.Queues.Where(q => q.Name == "Misc").Select(q => q.Id).SingleAsync(),
            await db.States.Where(s => s.Name == "pending reminder").Select(s => s.Id).SingleAsync());
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection(_core.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT count(*) FROM "{table}" """;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
