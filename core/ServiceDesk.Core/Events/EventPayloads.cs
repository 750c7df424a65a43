using System.Text.Json;
using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.Core.Events;

/// <summary>How events are written into the outbox and read back for their handlers: JSON, named by the event's type.</summary>
public static class EventPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The name the outbox keeps for the event's type.</summary>
    public static string TypeName(Type eventType) => eventType.FullName!;

    public static string Serialize(IDomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json);

    public static IDomainEvent Deserialize(string payload, Type eventType) =>
        (IDomainEvent?)JsonSerializer.Deserialize(payload, eventType, Json)
        ?? throw new JsonException($"The outbox holds an empty {eventType.Name}.");
}
