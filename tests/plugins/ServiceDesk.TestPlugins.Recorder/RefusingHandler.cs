using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.TestPlugins.Recorder;

/// <summary>Always fails: its deliveries are given up and wait for an administrator.</summary>
public sealed class RefusingHandler : IDomainEventHandler<TicketCreated>
{
    public Task HandleAsync(TicketCreated domainEvent, DomainEventContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Refused ticket {domainEvent.TicketNumber}.");
}
