namespace ServiceDesk.Core.Domain;

/// <summary>A free tag on a ticket.</summary>
public sealed class TicketTag
{
    public long TicketId { get; set; }

    public string Tag { get; set; } = "";
}
