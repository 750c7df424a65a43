using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Domain;

/// <summary>A link from one ticket to another; stored in both directions.</summary>
public sealed class TicketLink
{
    public long TicketId { get; set; }

    public long OtherTicketId { get; set; }

    public TicketLinkKind Kind { get; set; }
}
