namespace ServiceDesk.Abstractions.Events;

/// <summary>
/// One event handler as the host's dispatcher sees it; made by
/// <see cref="DomainEventServiceCollectionExtensions.AddDomainEventHandler{TEvent, THandler}"/>.
/// </summary>
/// <param name="EventType">The event handled.</param>
/// <param name="HandlerType">The handler's class.</param>
/// <param name="Invoke">Resolves the handler from a scope's services and hands it the event.</param>
public sealed record DomainEventHandlerRegistration(
    Type EventType,
    Type HandlerType,
    Func<IServiceProvider, IDomainEvent, DomainEventContext, CancellationToken, Task> Invoke)
{
    /// <summary>The plugin that registered the handler; set by the host, null for the core's own.</summary>
    public string? PluginId { get; init; }

    /// <summary>The handler's name in the delivery records: unique, and stable across restarts.</summary>
    public string Name => PluginId is null ? HandlerType.FullName! : $"{PluginId}:{HandlerType.FullName}";
}
