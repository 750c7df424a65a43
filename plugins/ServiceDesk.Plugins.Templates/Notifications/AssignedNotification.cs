using ServiceDesk.Abstractions.Events;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Notifications;

/// <summary>Tells an agent that a ticket was given to them, unless they took it themselves.</summary>
public sealed class AssignedNotification(AgentNotifier notifier) : IDomainEventHandler<TicketOwnerChanged>
{
    public Task HandleAsync(TicketOwnerChanged changed, DomainEventContext context, CancellationToken cancellationToken) =>
        changed.NewOwnerId is { } owner
            ? notifier.NotifyAsync(TemplateKind.NotificationAssigned, changed.TicketNumber, [owner], context, cancellationToken)
            : Task.CompletedTask;
}
