using System.Text.Json.Serialization;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>What a template is for, which decides when it is rendered and what its model holds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemplateKind>))]
public enum TemplateKind
{
    /// <summary>A canned answer an agent picks when replying.</summary>
    Reply,

    /// <summary>Sent to the customer when a ticket is opened by email: "we received your request, its number is …".</summary>
    AutoResponseNewTicket,

    /// <summary>Sent when a customer writes to a closed ticket and the queue reopens it or opens a new one.</summary>
    AutoResponseFollowUpClosed,

    /// <summary>Sent when a customer writes to a closed ticket and the queue rejects the message.</summary>
    AutoResponseRejected,

    /// <summary>Tells an agent of a new ticket in a queue of theirs.</summary>
    NotificationNewTicket,

    /// <summary>Tells an agent that a ticket was given to them.</summary>
    NotificationAssigned,

    /// <summary>Tells a ticket's owner that the customer answered.</summary>
    NotificationCustomerAnswered,

    /// <summary>Tells a ticket's owner that its pending time is reached.</summary>
    NotificationPendingReminder,

    /// <summary>The greeting at the top of an answer, chosen per queue.</summary>
    Salutation,

    /// <summary>The queue's signature at the bottom of an answer, after the agent's own.</summary>
    Signature,

    /// <summary>A part other templates include by name.</summary>
    Snippet,
}
