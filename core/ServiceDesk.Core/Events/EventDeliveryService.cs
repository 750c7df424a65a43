using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Jobs;
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
            EventDeliveryState.Failed => deliveries.Where(d => d.FinishedAt == null && d.LastError != null),
            EventDeliveryState.Pending => deliveries.Where(d => d.FinishedAt == null && d.GaveUpAt == null),
            EventDeliveryState.GivenUp => deliveries.Where(d => d.GaveUpAt != null),
            _ => deliveries.Where(d => d.FinishedAt != null),
        };
        var rows = await deliveries
            .OrderByDescending(d => d.Id)
            .Take(ListLimit)
            .Select(d => new { d.Id, d.OutboxMessageId, d.OutboxMessage.EventType, d.OutboxMessage.TicketId, d.Handler, d.Attempts, d.NextAttemptAt, d.FinishedAt, d.GaveUpAt, d.LastError })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new EventDeliveryInfo(
            d.Id, d.OutboxMessageId, d.EventType[(d.EventType.LastIndexOf('.') + 1)..], d.TicketId, d.Handler, d.Attempts,
            UtcTimes.Offset(d.NextAttemptAt), d.FinishedAt is { } delivered ? UtcTimes.Offset(delivered) : null, d.GaveUpAt is { } gaveUp ? UtcTimes.Offset(gaveUp) : null, d.LastError)).ToList();
    }

    /// <summary>Starts a delivery that was given up again, from a clean count of attempts, at once.</summary>
    public Task RetryAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        return LeasedWork.RetryAsync(db.EventDeliveries, id, "Event delivery", transactions, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

}
