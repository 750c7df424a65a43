using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.TestPlugins.Recorder;

/// <summary>
/// Writes "slow-start" when it takes an event, and "slow" once it has waited <see cref="RecorderSettings.SlowMs"/>; it
/// comes after <see cref="RecordingHandler"/>, so that a test can stop a node in the middle of a round of deliveries
/// that another handler has finished.
/// </summary>
public sealed class SlowHandler(RecorderSettings settings) : IDomainEventHandler<TicketCreated>
{
    public async Task HandleAsync(TicketCreated domainEvent, DomainEventContext context, CancellationToken cancellationToken)
    {
        await settings.WriteAsync("slow-start", context.EventId, domainEvent.TicketNumber, context.Attempt, cancellationToken);
        await Task.Delay(settings.SlowMs, cancellationToken);
        await settings.WriteAsync("slow", context.EventId, domainEvent.TicketNumber, context.Attempt, cancellationToken);
    }
}
