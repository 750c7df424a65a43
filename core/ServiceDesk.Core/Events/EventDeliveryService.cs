using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Events;

/// <summary>What administrators see of event deliveries, and how they start a given-up one again.</summary>
public sealed class EventDeliveryService(ServiceDeskDbContext db, WriteTransaction transactions, TimeProvider clock)
{
    /// <summary>At most this many deliveries per list, the newest first.</summary>
    public const int ListLimit = 200;

    public async Task<IReadOnlyList<EventDeliveryInfo>> ListAsync(Actor actor, EventDeliveryState state, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var deliveries = db.EventDeliveries.AsNoTracking();
        deliveries = state switch
        {
            EventDeliveryState.Failed => deliveries.Where(d => d.DeliveredAt == null && d.LastError != null),
            EventDeliveryState.Pending => deliveries.Where(d => d.DeliveredAt == null && d.GaveUpAt == null),
            EventDeliveryState.GivenUp => deliveries.Where(d => d.GaveUpAt != null),
            _ => deliveries.Where(d => d.DeliveredAt != null),
        };
        var rows = await deliveries
            .OrderByDescending(d => d.Id)
            .Take(ListLimit)
            .Select(d => new { d.Id, d.OutboxMessageId, d.OutboxMessage.EventType, d.OutboxMessage.TicketId, d.Handler, d.Attempts, d.NextAttemptAt, d.DeliveredAt, d.GaveUpAt, d.LastError })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new EventDeliveryInfo(
            d.Id, d.OutboxMessageId, d.EventType[(d.EventType.LastIndexOf('.') + 1)..], d.TicketId, d.Handler, d.Attempts,
            Utc(d.NextAttemptAt), d.DeliveredAt is { } delivered ? Utc(delivered) : null, d.GaveUpAt is { } gaveUp ? Utc(gaveUp) : null, d.LastError)).ToList();
    }

    /// <summary>Starts a delivery that was given up again, from a clean count of attempts, at once.</summary>
    public async Task RetryAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await transactions.RunAsync(ct => db.EventDeliveries
            .Where(d => d.Id == id && d.GaveUpAt != null)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.GaveUpAt, (DateTime?)null).SetProperty(x => x.Attempts, 0).SetProperty(x => x.NextAttemptAt, now), ct), cancellationToken);
        if (changed == 0)
        {
            throw await db.EventDeliveries.AnyAsync(d => d.Id == id, cancellationToken)
                ? new ConflictException("Only a delivery that was given up can be started again.")
                : new NotFoundException($"Event delivery {id} does not exist.");
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
