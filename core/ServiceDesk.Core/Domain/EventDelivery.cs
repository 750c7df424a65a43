namespace ServiceDesk.Core.Domain;

/// <summary>The delivery of one outbox event to one handler: pending, delivered, or given up after failures.</summary>
public sealed class EventDelivery : ILeasedWork
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public OutboxMessage OutboxMessage { get; set; } = null!;

    /// <summary>The handler's registration name (plugin id and class).</summary>
    public string Handler { get; set; } = "";

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The dispatcher (process and round) running it now; another may take it over after <see cref="LeaseUntil"/>.</summary>
    public Guid? ClaimedBy { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>When the handler succeeded (the column DeliveredAt).</summary>
    public DateTime? FinishedAt { get; set; }

    /// <summary>Set after the last attempt failed; an administrator may start it again.</summary>
    public DateTime? GaveUpAt { get; set; }

    public string? LastError { get; set; }
}
