using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.TestPlugins.Recorder;

/// <summary>Fails on the first two attempts at each event, then writes it down.</summary>
public sealed class FlakyHandler(RecorderSettings settings) : IDomainEventHandler<TicketCreated>
{
    public const int SucceedsOnAttempt = 3;

    public Task HandleAsync(TicketCreated domainEvent, DomainEventContext context, CancellationToken cancellationToken) =>
        context.Attempt < SucceedsOnAttempt
            ? throw new TimeoutException($"Flaky on attempt {context.Attempt}.")
            : settings.WriteAsync("flaky", context.EventId, domainEvent.TicketNumber, context.Attempt, cancellationToken);
}
