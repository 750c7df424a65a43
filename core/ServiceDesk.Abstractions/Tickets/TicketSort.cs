using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>What a ticket list is sorted by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TicketSort>))]
public enum TicketSort
{
    /// <summary>Creation time.</summary>
    Created = 0,

    /// <summary>Last change.</summary>
    Changed = 1,

    /// <summary>Priority.</summary>
    Priority = 2,

    /// <summary>Ticket number.</summary>
    Number = 3,

    /// <summary>Title.</summary>
    Title = 4,
}
