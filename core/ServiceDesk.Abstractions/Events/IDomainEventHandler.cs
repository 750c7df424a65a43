namespace ServiceDesk.Abstractions.Events;

/// <summary>
/// Handles one kind of domain event after the change that raised it has committed. Register it with
/// <see cref="DomainEventServiceCollectionExtensions.AddDomainEventHandler{TEvent, THandler}"/>.
/// </summary>
/// <remarks>
/// Delivery is at least once: after a crash, or when the handler throws, the same event comes again (with the same
/// <see cref="DomainEventContext.EventId"/>), so a handler must be idempotent. A handler that throws is retried with
/// growing pauses and, after the last attempt, listed for administrators with its error; it never undoes the change,
/// and other handlers of the same event are not held up.
/// </remarks>
/// <typeparam name="TEvent">The event handled.</typeparam>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    /// <summary>Handles the event; each call runs in a service scope of its own.</summary>
    Task HandleAsync(TEvent domainEvent, DomainEventContext context, CancellationToken cancellationToken);
}
