using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Security;

/// <summary>Who is acting: decides which rules of access apply.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>The system itself (jobs, plugins acting on their own behalf): allowed everything.</summary>
    System = 0,

    /// <summary>An agent: sees and changes tickets as the permissions of their groups allow.</summary>
    Agent = 1,

    /// <summary>An administrator: an agent allowed everything.</summary>
    Admin = 2,

    /// <summary>A customer user (an employee who asks for help): sees their own tickets only.</summary>
    Customer = 3,
}
