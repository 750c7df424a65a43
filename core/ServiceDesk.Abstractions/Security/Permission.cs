using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Security;

/// <summary>
/// What a group membership allows on the queues of that group, as in Znuny. <see cref="ReadWrite"/> includes all
/// the others.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Permission>))]
[Flags]
public enum Permission
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>See tickets of the queue.</summary>
    ReadOnly = 1,

    /// <summary>Move tickets into the queue.</summary>
    MoveInto = 2,

    /// <summary>Create tickets in the queue.</summary>
    Create = 4,

    /// <summary>Add internal notes.</summary>
    Note = 8,

    /// <summary>Become owner of tickets of the queue, and take over tickets locked by others.</summary>
    Owner = 16,

    /// <summary>Change the priority of tickets.</summary>
    Priority = 32,

    /// <summary>Everything: read, reply, change state, move, own.</summary>
    ReadWrite = 64 | ReadOnly | MoveInto | Create | Note | Owner | Priority,
}
