using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Retention;

/// <summary>
/// The retention job, run by the real job runner on its schedule, on SQLite and PostgreSQL: finished work older than
/// the retention period goes; failed, waiting and recent work stays.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class RetentionTests(string provider)
{
    [Test]
    public async Task FinishedWork_OlderThanTheRetentionPeriod_IsDeleted_AndNothingElse()
    {
        await using var server = await ServiceDeskServer.StartAsync(provider, new Dictionary<string, string?>
        {
            ["ServiceDesk:Retention:Days"] = "30",
            // Rows are added before the first occurrence; every second, so that the test need not wait for 03:40.
            ["ServiceDesk:Retention:Schedule"] = "*/2 * * * * *",
            ["ServiceDesk:Jobs:PollMilliseconds"] = "50",
        });
        var old = DateTime.UtcNow.AddDays(-31);
        var recent = DateTime.UtcNow.AddDays(-29);
        var events = new Dictionary<string, OutboxMessage>
        {
            ["old, no delivery left"] = Event(old),
            ["old, delivered"] = Event(old),
            ["old, a delivery given up"] = Event(old),
            ["old, a delivery waiting"] = Event(old),
            ["old, not dispatched"] = Event(null),
            ["recent"] = Event(recent),
        };
        var jobs = new Dictionary<string, DelayedJob>
        {
            ["old, done"] = Job(finished: old, gaveUp: null),
            ["old, given up"] = Job(finished: null, gaveUp: old),
            ["recent, done"] = Job(finished: recent, gaveUp: null),
            ["waiting"] = Job(finished: null, gaveUp: null),
        };
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            db.Outbox.AddRange(events.Values);
            db.DelayedJobs.AddRange(jobs.Values);
            db.EventDeliveries.AddRange(
                Delivery(events["old, delivered"], finished: old, gaveUp: null),
                Delivery(events["old, a delivery given up"], finished: null, gaveUp: old),
                Delivery(events["old, a delivery waiting"], finished: null, gaveUp: null),
                Delivery(events["recent"], finished: recent, gaveUp: null));
            await db.SaveChangesAsync();
        }

        var (leftEvents, leftDeliveries, leftJobs) = await UntilDeletedAsync(server, events["old, no delivery left"].Id);

        Assert.Multiple(() =>
        {
            Assert.That(leftEvents, Is.EquivalentTo(new[]
            {
                events["old, a delivery given up"].Id, events["old, a delivery waiting"].Id, events["old, not dispatched"].Id, events["recent"].Id,
            }));
            Assert.That(leftDeliveries, Is.EquivalentTo(new[]
            {
                events["old, a delivery given up"].Id, events["old, a delivery waiting"].Id, events["recent"].Id,
            }), "deliveries, by their event");
            Assert.That(leftJobs, Is.EquivalentTo(new[] { jobs["old, given up"].Id, jobs["recent, done"].Id, jobs["waiting"].Id }));
        });
    }

    // Waits until the job's first run has deleted the event it must delete, and reads what is left.
    private static async Task<(List<long> Events, List<long> Deliveries, List<long> Jobs)> UntilDeletedAsync(ServiceDeskServer server, long deletedEventId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
            var events = await db.Outbox.Select(m => m.Id).ToListAsync();
            if (!events.Contains(deletedEventId))
            {
                // One run deletes deliveries, then events, then jobs: a moment more for the jobs of the same run.
                await Task.Delay(500);
                return (await db.Outbox.Select(m => m.Id).ToListAsync(),
                    await db.EventDeliveries.Select(d => d.OutboxMessageId).ToListAsync(),
                    await db.DelayedJobs.Select(j => j.Id).ToListAsync());
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the retention job did not run within 30 s");
            await Task.Delay(200);
        }
    }

    private static OutboxMessage Event(DateTime? dispatched) => new()
    {
        EventType = "ServiceDesk.Abstractions.Events.TicketCreated",
        Payload = "{}",
        OccurredAt = dispatched ?? DateTime.UtcNow,
        ActorKind = ActorKind.System,
        DispatchedAt = dispatched,
    };

    private static EventDelivery Delivery(OutboxMessage message, DateTime? finished, DateTime? gaveUp) => new()
    {
        OutboxMessage = message,
        Handler = "recorder:RecordingHandler",
        NextAttemptAt = DateTime.UtcNow,
        FinishedAt = finished,
        GaveUpAt = gaveUp,
    };

    private static DelayedJob Job(DateTime? finished, DateTime? gaveUp) => new()
    {
        Name = "ticker:later",
        Payload = "{}",
        CreatedAt = DateTime.UtcNow.AddDays(-40),
        DueAt = DateTime.UtcNow.AddDays(-40),
        NextAttemptAt = DateTime.UtcNow.AddDays(-40),
        FinishedAt = finished,
        GaveUpAt = gaveUp,
    };
}
