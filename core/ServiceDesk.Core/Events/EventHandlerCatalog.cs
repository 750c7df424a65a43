using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.Core.Events;

/// <summary>The event handlers registered in this process (the core's and the active plugins'), by event and by name.</summary>
public sealed class EventHandlerCatalog(IEnumerable<DomainEventHandlerRegistration> registrations)
{
    private readonly ILookup<string, DomainEventHandlerRegistration> _byEvent =
        registrations.ToLookup(r => EventPayloads.TypeName(r.EventType), StringComparer.Ordinal);

    private readonly Dictionary<string, DomainEventHandlerRegistration> _byName =
        registrations.DistinctBy(r => r.Name).ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The handlers of the event type with this outbox name.</summary>
    public IEnumerable<DomainEventHandlerRegistration> For(string eventType) => _byEvent[eventType].DistinctBy(r => r.Name);

    /// <summary>The handler with this name, or null when it is no longer registered (its plugin was disabled or removed).</summary>
    public DomainEventHandlerRegistration? Find(string name) => _byName.GetValueOrDefault(name);
}
