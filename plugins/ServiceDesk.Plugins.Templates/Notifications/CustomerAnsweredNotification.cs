using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Notifications;

/// <summary>
/// Tells a ticket's owner (the agents who watch its queue when nobody owns it) that the customer wrote; not for a
/// machine's message (an out-of-office reply), which needs nobody's attention.
/// </summary>
public sealed class CustomerAnsweredNotification(AgentNotifier notifier) : IDomainEventHandler<ArticleAdded>
{
    public async Task HandleAsync(ArticleAdded added, DomainEventContext context, CancellationToken cancellationToken)
    {
        if (added.AuthorCustomerUserId is null || added.Direction != ArticleDirection.Incoming || !added.VisibleToCustomer
            || added.Automation != ArticleAutomation.None)
        {
            return;
        }

        var recipients = await notifier.OwnerOrWatchersAsync(added.TicketNumber, cancellationToken);
        await notifier.NotifyAsync(TemplateKind.NotificationCustomerAnswered, added.TicketNumber, recipients, context, cancellationToken);
    }
}
