using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Messaging;

/// <summary>The occasions on which a customer gets an automatic answer (SDK 1.5.0).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AutoResponseKind>))]
public enum AutoResponseKind
{
    /// <summary>A new ticket was opened from their message: it has a number now.</summary>
    NewTicket = 1,

    /// <summary>Their message opened their closed ticket again.</summary>
    FollowUpReopened = 2,

    /// <summary>Their message to a closed ticket was refused, as the queue's follow-up policy says.</summary>
    FollowUpRejected = 3,
}
