using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Tickets;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

/// <summary>
/// Writes that arrive together are written together (several tickets per unit of work; on SQLite several units per
/// commit), and each stays all-or-nothing on its own.
/// </summary>
public sealed class GroupedWriteTests(string provider) : ApiTestBase(provider)
{
    private const string Ok = "ok";

    private static readonly TimeSpan HoldWriter = TimeSpan.FromMilliseconds(300);

    [Test]
    public async Task TicketsCreatedAtOnce_AreEachWrittenWhole()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => CreateTicketAsync(Admin, NewTicket($"Burst {i}", $"burst{i % 7}@example.com", body: $"Body of burst {i}"))));

        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var ids = created.Select(t => t.Summary.Id).ToList();
        var articles = await db.Articles.Where(a => ids.Contains(a.TicketId)).ToListAsync();
        var history = await db.History.Where(h => ids.Contains(h.TicketId)).ToListAsync();
        var events = await db.Outbox.Where(m => ids.Contains(m.TicketId)).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(created.Select(t => t.Summary.Number).Distinct().Count(), Is.EqualTo(40));
            foreach (var ticket in created)
            {
                var index = ticket.Summary.Title["Burst ".Length..];
                var article = articles.Single(a => a.TicketId == ticket.Summary.Id);
                Assert.That(article.BodyText, Is.EqualTo($"Body of burst {index}"));
                Assert.That(history.Where(h => h.TicketId == ticket.Summary.Id).Select(h => h.Type),
                    Is.EquivalentTo(new[] { HistoryTypes.TicketCreate, HistoryTypes.ArticleAdd }));
                Assert.That(history.Single(h => h.TicketId == ticket.Summary.Id && h.Type == HistoryTypes.TicketCreate).NewValue,
                    Does.StartWith(ticket.Summary.Number));
                var payload = JsonDocument.Parse(events.Single(m => m.TicketId == ticket.Summary.Id).Payload).RootElement;
                Assert.That(payload.GetProperty("ticketNumber").GetString(), Is.EqualTo(ticket.Summary.Number));
                Assert.That(payload.GetProperty("firstArticleId").GetInt64(), Is.EqualTo(article.Id));
            }
        });
    }

    [Test]
    public async Task FirstRequestsOfANewCustomer_AtOnce_RegisterOneCustomer()
    {
        var slow = RunUnitAsync("registration-slow", fail: false, HoldWriter);
        // Every request finds the address unknown and queues its registration behind the slow unit, in one group.
        var created = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(i => CreateTicketAsync(Admin, NewTicket($"First contact {i}", "new.person@example.com"))));
        await slow;

        Assert.That(created.Select(t => t.Summary.CustomerUserId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task UnitsWrittenTogether_FailAlone()
    {
        var slow = RunUnitAsync("grouped-slow", fail: false, HoldWriter);
        // While the first unit holds the writer, the next ones queue up and are written as one group.
        var units = Enumerable.Range(0, 8).Select(i => RunUnitAsync($"grouped-{i}", fail: i == 3, TimeSpan.Zero)).ToList();
        await slow;
        var outcomes = await Task.WhenAll(units.Select(Outcome));

        await using var scope = Server.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().Groups
            .Where(g => g.Name.StartsWith("grouped-")).Select(g => g.Name).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Is.EqualTo(new[] { Ok, Ok, Ok, "InvalidOperationException: This unit fails after writing.", Ok, Ok, Ok, Ok }));
            Assert.That(names, Is.EquivalentTo(new[] { "grouped-slow", "grouped-0", "grouped-1", "grouped-2", "grouped-4", "grouped-5", "grouped-6", "grouped-7" }),
                "the failed unit's row was rolled back, the others' committed");
        });
    }

    [Test]
    public async Task TicketFailingInAGroup_FailsAlone()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<TicketCreationQueue>();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var misc = await db.Queues.SingleAsync(q => q.Name == "Misc");
        var state = await db.States.SingleAsync(s => s.Name == "new");

        var slow = RunUnitAsync("creation-slow", fail: false, HoldWriter);
        // The ticket in a queue that does not exist breaks its group at the database; the group is written again ticket by ticket.
        var creations = Enumerable.Range(0, 6)
            .Select(i => queue.CreateAsync(NewRow($"Grouped {i}", i == 2 ? int.MaxValue : misc.Id, state.Id)))
            .ToList();
        await slow;
        var outcomes = await Task.WhenAll(creations.Select(Outcome));

        var titles = await db.Tickets.Where(t => t.Title.StartsWith("Grouped ")).Select(t => t.Title).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o == Ok), Is.EqualTo(new[] { true, true, false, true, true, true }), string.Join(" | ", outcomes));
            Assert.That(titles, Is.EquivalentTo(new[] { "Grouped 0", "Grouped 1", "Grouped 3", "Grouped 4", "Grouped 5" }));
        });
    }

    private static NewTicket NewRow(string title, int queueId, int stateId)
    {
        var now = DateTime.UtcNow;
        var ticket = new Ticket { Title = title, QueueId = queueId, StateId = stateId, CreatedAt = now, ChangedAt = now };
        var article = new Article { Channel = ArticleChannels.Api, Subject = title, BodyText = "Grouped", CreatedAt = now, AuthorName = "system" };
        return new NewTicket(Actor.System, ticket, article, "Misc", "new", []);
    }

    // A unit of work that adds a group, holds the writer for a while, and then fails or not.
    private Task RunUnitAsync(string name, bool fail, TimeSpan hold) => Task.Run(async () =>
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        await scope.ServiceProvider.GetRequiredService<WriteTransaction>().RunAsync(async ct =>
        {
            db.Groups.Add(new Group { Name = name });
            await db.SaveChangesAsync(ct);
            await Task.Delay(hold, ct);
            if (fail)
            {
                throw new InvalidOperationException("This unit fails after writing.");
            }
        }, CancellationToken.None);
    });

    // "ok", or the failure's type and message: when more units fail than should, the assertion says why.
    private static async Task<string> Outcome(Task task)
    {
        try
        {
            await task;
            return Ok;
        }
        catch (Exception error)
        {
            return $"{error.GetType().Name}: {error.Message}";
        }
    }
}
