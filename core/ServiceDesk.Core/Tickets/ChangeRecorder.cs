using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Events;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Adds history entries and outbox events to the unit of work of a change, so that they commit (or roll back) with
/// it: nothing changes without its history, and no event is lost or sent for a change that did not happen.
/// </summary>
public sealed class ChangeRecorder(ServiceDeskDbContext db, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void History(long ticketId, Actor actor, string type, string? field = null, string? oldValue = null, string? newValue = null) =>
        db.History.Add(new HistoryEntry
        {
            TicketId = ticketId,
            Type = type,
            At = Now,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Field = field,
            OldValue = Truncate(oldValue),
            NewValue = Truncate(newValue),
        });

    public void Event(Actor actor, IDomainEvent domainEvent) =>
        db.Outbox.Add(new OutboxMessage
        {
            EventType = EventPayloads.TypeName(domainEvent.GetType()),
            Payload = EventPayloads.Serialize(domainEvent),
            TicketId = domainEvent.TicketId,
            OccurredAt = Now,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
        });

    // History shows values, not documents: a long title or field value is cut, never refused.
    private static string? Truncate(string? value) => value is { Length: > 1000 } ? value[..1000] + "…" : value;
}
