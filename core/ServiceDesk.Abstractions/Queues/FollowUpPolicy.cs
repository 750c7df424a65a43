using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Queues;

/// <summary>What a customer's message to a closed ticket of the queue does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FollowUpPolicy>))]
public enum FollowUpPolicy
{
    /// <summary>The ticket opens again.</summary>
    Reopen = 1,

    /// <summary>A new ticket is created, linked to the closed one.</summary>
    NewTicket = 2,

    /// <summary>The message is refused with a notice to the customer.</summary>
    Reject = 3,
}
