using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Jobs;

namespace ServiceDesk.Core.Events;

/// <summary>
/// Delivers the outbox's events to their handlers after commit, at least once. New events are first taken up: one
/// delivery record per registered handler, written in the same unit of work that marks the event dispatched, so a
/// crash either before or after leaves nothing half done. Each delivery is then claimed for a while (a lease, so that
/// with several nodes only one runs it, and a crashed node's claim runs out), run in a scope of its own, and recorded
/// as delivered, or as failed with the error and a doubled pause before the next attempt, until it is given up.
/// </summary>
public sealed partial class EventDispatcher(
    ServiceDeskDbContext db,
    WriteTransaction transactions,
    EventHandlerCatalog catalog,
    IServiceScopeFactory scopes,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<EventDispatcher> logger)
{
    /// <summary>At most this many deliveries run per round.</summary>
    public const int BatchSize = 100;

    /// <summary>At most this many events taken up per round: most events have no handler, and cost one row update.</summary>
    public const int TakeUpSize = 1_000;

    private WorkerOptions Settings => options.Value.Events;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Takes up new events: records a delivery for each of their handlers and marks them dispatched. Returns how many
    /// events; <see cref="TakeUpSize"/> means more may be waiting.
    /// </summary>
    public async Task<int> TakeUpAsync(CancellationToken cancellationToken)
    {
        var events = await db.Outbox.AsNoTracking()
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.EventType })
            .Take(TakeUpSize)
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }

        var now = Now;
        var ids = events.Select(e => e.Id).ToList();
        try
        {
            await transactions.RunAsync(async ct =>
            {
                db.EventDeliveries.AddRange(events.SelectMany(e => catalog.For(e.EventType).Select(handler =>
                    new EventDelivery { OutboxMessageId = e.Id, Handler = handler.Name, NextAttemptAt = now })));
                await db.SaveChangesAsync(ct);
                // Exactly the events read above, not the range of their ids: on PostgreSQL an event inside the range may
                // commit only after the read, and must wait for the next round instead of being marked without deliveries.
                await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(m => m.SetProperty(x => x.DispatchedAt, now), ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node took up the same events first (the unique key of event and handler refused ours).
            db.ChangeTracker.Clear();
            return 0;
        }

        return events.Count;
    }

    /// <summary>Runs the deliveries that are due. Returns how many ran.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (await LeasedWork.ClaimDueAsync(db.EventDeliveries, transactions, BatchSize, Now, Settings, cancellationToken) is not { } claim)
        {
            return 0;
        }

        var claimed = await db.EventDeliveries.AsNoTracking()
            .Include(d => d.OutboxMessage)
            .Where(d => d.ClaimedBy == claim)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        // Deliveries that succeeded are recorded together at the end of the round, in one write: after a crash before
        // that, they run again (at least once), as after a crash in the middle of any delivery.
        var delivered = new List<long>();
        foreach (var delivery in claimed)
        {
            if (await DeliverAsync(delivery, cancellationToken) is { } error)
            {
                await LeasedWork.RecordFailureAsync(db.EventDeliveries, delivery, claim, error, transactions, Now, Settings, cancellationToken);
            }
            else
            {
                delivered.Add(delivery.Id);
            }
        }

        await LeasedWork.RecordFinishedAsync(db.EventDeliveries, delivered, claim, transactions, Now, cancellationToken);
        return claimed.Count;
    }

    // Runs the delivery's handler; returns its error, or null when it succeeded.
    private async Task<string?> DeliverAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var handler = catalog.Find(delivery.Handler)
                ?? throw new InvalidOperationException("The handler is not registered any more: its plugin is disabled, failed or removed.");
            var message = delivery.OutboxMessage;
            var context = new DomainEventContext(
                message.Id,
                new DateTimeOffset(message.OccurredAt, TimeSpan.Zero),
                new Actor(message.ActorKind, message.ActorId, ""),
                delivery.Attempts + 1);
            await using var scope = scopes.CreateAsyncScope();
            await handler.Invoke(scope.ServiceProvider, EventPayloads.Deserialize(message.Payload, handler.EventType), context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: not the handler's failure. The claim runs out and the delivery runs again.
            throw;
        }
        catch (Exception failure)
        {
            LogFailed(delivery.Handler, delivery.OutboxMessageId, delivery.Attempts + 1, failure);
            return $"{failure.GetType().Name}: {failure.Message}";
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event handler {Handler} failed on event {EventId} (attempt {Attempt})")]
    private partial void LogFailed(string handler, long eventId, int attempt, Exception error);
}
