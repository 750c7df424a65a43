using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Notifications;

/// <summary>
/// Reminds a ticket's owner (the agents who watch its queue when nobody owns it) that the time they set has come; a
/// ticket closed automatically at its time needs no reminder.
/// </summary>
public sealed class PendingReminderNotification(AgentNotifier notifier) : IDomainEventHandler<TicketPendingTimeReached>
{
    public async Task HandleAsync(TicketPendingTimeReached reached, DomainEventContext context, CancellationToken cancellationToken)
    {
        if (reached.PendingStateType != StateType.PendingReminder)
        {
            return;
        }

        IReadOnlyList<int> recipients = reached.OwnerId is { } owner ? [owner] : await notifier.OwnerOrWatchersAsync(reached.TicketNumber, cancellationToken);
        await notifier.NotifyAsync(TemplateKind.NotificationPendingReminder, reached.TicketNumber, recipients, context, cancellationToken);
    }
}
