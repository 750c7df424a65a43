using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// The behaviour behind a ticket state. Administrators add states (e.g. "closed with workaround") but each state has
/// one of these fixed types, and the core's rules (pending wake-up, closing, merging) depend only on the type.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<StateType>))]
public enum StateType
{
    /// <summary>Just created, nobody has worked on it yet.</summary>
    New = 1,

    /// <summary>Being worked on.</summary>
    Open = 2,

    /// <summary>Waiting; at the pending time the ticket becomes open again and the owner is reminded.</summary>
    PendingReminder = 3,

    /// <summary>Waiting; at the pending time the ticket is closed successfully.</summary>
    PendingAutoCloseSuccessful = 4,

    /// <summary>Waiting; at the pending time the ticket is closed unsuccessfully.</summary>
    PendingAutoCloseUnsuccessful = 5,

    /// <summary>Done, solved.</summary>
    ClosedSuccessful = 6,

    /// <summary>Done, not solved.</summary>
    ClosedUnsuccessful = 7,

    /// <summary>Merged into another ticket; read-only.</summary>
    Merged = 8,
}
