using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Core.Domain;

/// <summary>An immutable record of one change to a ticket. The database refuses updates and deletes of these rows.</summary>
public sealed class HistoryEntry
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public string Type { get; set; } = "";

    public DateTime At { get; set; }

    public ActorKind ActorKind { get; set; }

    public int ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string? Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
