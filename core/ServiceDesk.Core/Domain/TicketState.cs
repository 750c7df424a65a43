using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Domain;

/// <summary>A named state of a given type.</summary>
public sealed class TicketState
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public StateType Type { get; set; }

    public bool IsActive { get; set; } = true;
}
