using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Core.Domain;

/// <summary>
/// A domain event written in the same transaction as the change that raised it, delivered to handlers after commit.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The event's full type name, e.g. "ServiceDesk.Abstractions.Events.TicketCreated".</summary>
    public string EventType { get; set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = "";

    public long TicketId { get; set; }

    public DateTime OccurredAt { get; set; }

    public ActorKind ActorKind { get; set; }

    public int ActorId { get; set; }

    public DateTime? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}
