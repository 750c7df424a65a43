using ServiceDesk.Abstractions.Events;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Notifications;

/// <summary>Tells the agents who watch a queue of each new ticket in it.</summary>
public sealed class NewTicketNotification(AgentNotifier notifier) : IDomainEventHandler<TicketCreated>
{
    public async Task HandleAsync(TicketCreated created, DomainEventContext context, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(
            TemplateKind.NotificationNewTicket, created.TicketNumber, await notifier.WatchersAsync(created.QueueId, cancellationToken), context, cancellationToken);
}
