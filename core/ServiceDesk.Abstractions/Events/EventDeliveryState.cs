using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Events;

/// <summary>Which deliveries to list.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventDeliveryState>))]
public enum EventDeliveryState
{
    /// <summary>Failed at least once and not delivered since: being retried, or given up.</summary>
    Failed,

    /// <summary>Not delivered yet and not given up.</summary>
    Pending,

    /// <summary>Given up after the last attempt; waiting for an administrator.</summary>
    GivenUp,

    /// <summary>Delivered.</summary>
    Delivered,
}
