using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Wakes pending tickets whose time has come: a reminder opens the ticket again, an auto-close closes it. The due
/// tickets are found in the database, so nothing is lost across restarts; each ticket changes in its own transaction
/// guarded by its version, so with several nodes each ticket wakes exactly once.
/// </summary>
public sealed class PendingTicketProcessor(
    ServiceDeskDbContext db,
    TicketChanges changes,
    TicketUpdater updater,
    ChangeRecorder recorder,
    TimeProvider clock)
{
    public const int BatchSize = 200;

    private static readonly StateType[] PendingTypes =
        [StateType.PendingReminder, StateType.PendingAutoCloseSuccessful, StateType.PendingAutoCloseUnsuccessful];

    /// <summary>Processes due tickets in one batch and returns how many woke.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Tickets.AsNoTracking()
            .Where(t => PendingTypes.Contains(t.State.Type) && t.PendingUntil <= now)
            .OrderBy(t => t.PendingUntil)
            .Select(t => t.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var woken = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            try
            {
                woken += await WakeAsync(id, cancellationToken) ? 1 : 0;
            }
            catch (PreconditionFailedException)
            {
                // Another node or an agent changed the ticket first; it is no longer ours to wake.
            }
        }

        return woken;
    }

    private async Task<bool> WakeAsync(long ticketId, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.Include(t => t.State).Include(t => t.Queue).SingleAsync(t => t.Id == ticketId, cancellationToken);
        var pendingType = ticket.State.Type;
        if (!pendingType.IsPending())
        {
            return false;
        }

        var target = pendingType switch
        {
            StateType.PendingAutoCloseSuccessful => StateType.ClosedSuccessful,
            StateType.PendingAutoCloseUnsuccessful => StateType.ClosedUnsuccessful,
            _ => StateType.Open,
        };
        var state = await db.States.Where(s => s.Type == target && s.IsActive).OrderBy(s => s.Id).FirstAsync(cancellationToken);
        changes.SetState(ticket, state, null, Actor.System);
        recorder.Event(Actor.System, new TicketPendingTimeReached(ticket.Id, ticket.Number, pendingType, ticket.OwnerId));
        await updater.SaveAsync(cancellationToken, ticket);
        return true;
    }
}
