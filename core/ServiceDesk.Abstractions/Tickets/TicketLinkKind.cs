using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>How two tickets relate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TicketLinkKind>))]
public enum TicketLinkKind
{
    /// <summary>The tickets concern the same matter.</summary>
    Related = 1,

    /// <summary>This ticket is the parent of the other.</summary>
    ParentOf = 2,

    /// <summary>This ticket is a child of the other.</summary>
    ChildOf = 3,
}
