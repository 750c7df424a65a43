using ServiceDesk.Abstractions.Events;

namespace ServiceDesk.TestPlugins.Recorder;

/// <summary>Writes down every event, after an optional pause (so that a test can stop the process in the middle).</summary>
public sealed class RecordingHandler(RecorderSettings settings) : IDomainEventHandler<TicketCreated>
{
    public async Task HandleAsync(TicketCreated domainEvent, DomainEventContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(settings.DelayMs, cancellationToken);
        await settings.WriteAsync("recorded", context.EventId, domainEvent.TicketNumber, context.Attempt, cancellationToken);
    }
}
