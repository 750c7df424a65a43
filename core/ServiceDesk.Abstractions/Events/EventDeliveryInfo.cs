namespace ServiceDesk.Abstractions.Events;

/// <summary>The delivery of one event to one handler, as administrators see it.</summary>
/// <param name="Id">The delivery's id (to start it again after it was given up).</param>
/// <param name="EventId">The event's id in the outbox.</param>
/// <param name="EventType">The event's type, e.g. <c>TicketCreated</c>.</param>
/// <param name="TicketId">The ticket the event concerns.</param>
/// <param name="Handler">The handler: plugin id and class.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttemptAt">When it runs next, unless delivered or given up.</param>
/// <param name="DeliveredAt">When the handler succeeded.</param>
/// <param name="GaveUpAt">When the last attempt failed.</param>
/// <param name="LastError">The error of the last failed attempt.</param>
public sealed record EventDeliveryInfo(
    long Id,
    long EventId,
    string EventType,
    long TicketId,
    string Handler,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? GaveUpAt,
    string? LastError);
