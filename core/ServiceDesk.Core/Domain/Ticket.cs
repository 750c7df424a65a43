using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Domain;

/// <summary>A request registered with the service desk.</summary>
public sealed class Ticket
{
    public long Id { get; set; }

    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public int QueueId { get; set; }

    public Queue Queue { get; set; } = null!;

    public int StateId { get; set; }

    public TicketState State { get; set; } = null!;

    public TicketPriority Priority { get; set; } = TicketPriority.Normal;

    public int? OwnerId { get; set; }

    public bool Locked { get; set; }

    public int? ResponsibleId { get; set; }

    public int? CustomerUserId { get; set; }

    public CustomerUser? CustomerUser { get; set; }

    public int? CustomerCompanyId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ChangedAt { get; set; }

    public DateTime? FirstResponseAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public DateTime? PendingUntil { get; set; }

    public long? MergedIntoTicketId { get; set; }

    /// <summary>Incremented on every change; the optimistic concurrency token and the ETag.</summary>
    public int Version { get; set; } = 1;

    public List<TicketTag> Tags { get; set; } = [];

    public List<TicketFieldValue> FieldValues { get; set; } = [];

    public List<TicketLink> Links { get; set; } = [];
}
