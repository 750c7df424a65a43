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
/// as delivered, or as failed with the error and a doubled pause before the next attempt, until it is given up; a node
/// that stops gives back the deliveries it claimed and did not finish (<see cref="LeasedWork"/>).
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
    public Task<int> DeliverDueAsync(CancellationToken cancellationToken) =>
        LeasedWork.RunDueAsync(db.EventDeliveries, db.EventDeliveries.AsNoTracking().Include(d => d.OutboxMessage), BatchSize, DeliverAsync,
            transactions, clock, Settings, cancellationToken);

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
            // Shutting down: not the handler's failure. The delivery is given back, and runs again.
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
