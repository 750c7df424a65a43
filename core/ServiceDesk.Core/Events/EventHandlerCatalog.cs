using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.Core.Events;

/// <summary>The event handlers registered in this process (the core's and the active plugins'), by event and by name.</summary>
public sealed class EventHandlerCatalog
{
    private readonly ILookup<string, DomainEventHandlerRegistration> _byEvent;
    private readonly Dictionary<string, DomainEventHandlerRegistration> _byName;

    public EventHandlerCatalog(IEnumerable<DomainEventHandlerRegistration> registrations)
    {
        // A handler registered twice is still one handler: one delivery per event.
        var distinct = registrations.DistinctBy(r => r.Name).ToList();
        _byEvent = distinct.ToLookup(r => EventPayloads.TypeName(r.EventType), StringComparer.Ordinal);
        _byName = distinct.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>The handlers of the event type with this outbox name.</summary>
    public IEnumerable<DomainEventHandlerRegistration> For(string eventType) => _byEvent[eventType];

    /// <summary>The handler with this name, or null when it is no longer registered (its plugin was disabled or removed).</summary>
    public DomainEventHandlerRegistration? Find(string name) => _byName.GetValueOrDefault(name);
}
