using Microsoft.Extensions.DependencyInjection;

namespace ServiceDesk.Abstractions.Events;

/// <summary>Registers domain event handlers.</summary>
public static class DomainEventServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for <typeparamref name="TEvent"/>. Events are handed to the
    /// handlers registered when the dispatcher takes them up, shortly after their commit: a handler sees every event
    /// taken up while it is registered, at least once, and none from before.
    /// </summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class, IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new DomainEventHandlerRegistration(typeof(TEvent), typeof(THandler),
            (provider, domainEvent, context, cancellationToken) =>
                provider.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, context, cancellationToken)));
        return services;
    }
}
