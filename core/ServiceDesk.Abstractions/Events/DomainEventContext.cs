using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Events;

/// <summary>Where an event being delivered comes from.</summary>
/// <param name="EventId">The event's id, the same on every delivery of it: the key for idempotent handling.</param>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Attempt">1 on the first delivery to this handler, then 2, 3… after failures.</param>
public sealed record DomainEventContext(long EventId, DateTimeOffset OccurredAt, Actor Actor, int Attempt);
