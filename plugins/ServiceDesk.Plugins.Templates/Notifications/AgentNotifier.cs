using System.Globalization;
using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Model;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Notifications;

/// <summary>
/// Tells agents of what happened to a ticket by email, each in their own language and time zone, through the email
/// channel's outbox (<see cref="IOutboundMessages"/>), which sends each once. Agents who muted the notification, who are
/// disabled, who have no address, who may not see the ticket, or who made the change themselves are not told.
/// </summary>
public sealed partial class AgentNotifier(
    ITicketService tickets,
    IUserService users,
    AgentProfiles profiles,
    TemplateChoice choice,
    TicketModelBuilder models,
    TemplateComposer composer,
    TemplateStore store,
    IEnumerable<IOutboundMessages> channels,
    ILogger<AgentNotifier> logger)
{
    /// <summary>The agents who watch the ticket's queue.</summary>
    public async Task<IReadOnlyList<int>> WatchersAsync(int queueId, CancellationToken cancellationToken) =>
        (await profiles.WatchingAsync(queueId, cancellationToken)).Select(p => p.UserId).ToList();

    /// <summary>The ticket's owner when it has one, else the agents who watch its queue.</summary>
    public async Task<IReadOnlyList<int>> OwnerOrWatchersAsync(string number, CancellationToken cancellationToken)
    {
        var summary = (await tickets.GetAsync(Actor.System, number, cancellationToken)).Summary;
        return summary.OwnerId is { } owner ? [owner] : await WatchersAsync(summary.QueueId, cancellationToken);
    }

    /// <param name="kind">The notification.</param>
    /// <param name="number">The ticket.</param>
    /// <param name="agentIds">Whom to tell.</param>
    /// <param name="context">The change: its event names the messages, its actor is not told of their own change.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task NotifyAsync(TemplateKind kind, string number, IEnumerable<int> agentIds, DomainEventContext context, CancellationToken cancellationToken)
    {
        var recipients = agentIds.Distinct().Where(id => !(context.Actor.IsAgent && context.Actor.Id == id)).ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        if (channels.FirstOrDefault(c => c.Channel == ArticleChannels.Email) is not { } email)
        {
            LogNoChannel(logger, kind, number);
            return;
        }

        var queueId = (await tickets.GetAsync(Actor.System, number, cancellationToken)).Summary.QueueId;
        if (await choice.ForAsync(kind, queueId, cancellationToken) is not { } template)
        {
            return;
        }

        foreach (var agent in await ToldAsync(kind, number, recipients, cancellationToken))
        {
            var target = await models.BuildForAgentAsync(number, agent, cancellationToken);
            var rendered = await composer.RenderAsync(template.Id, template.Definition, target, cancellationToken);
            var handedOver = await email.SendAsync(new OutboundMessage
            {
                To = agent.Email,
                ToName = agent.FullName,
                Subject = string.IsNullOrWhiteSpace(rendered.Subject) ? number : rendered.Subject,
                Body = rendered.Format == TemplateFormat.Text ? rendered.Body : "",
                BodyHtml = rendered.Format == TemplateFormat.Html ? rendered.Body : null,
                TicketNumber = number,
                Automation = ArticleAutomation.Notification,
                Key = string.Create(CultureInfo.InvariantCulture, $"templates:{kind}:{context.EventId}:{agent.Id}"),
            }, cancellationToken);
            if (handedOver && template.Id is { } id)
            {
                await store.RecordUseAsync(id, cancellationToken);
            }
        }
    }

    // The recipients who get this notification: active, with an address, not muting it, and allowed to see the ticket.
    private async Task<List<UserInfo>> ToldAsync(TemplateKind kind, string number, IReadOnlyList<int> agentIds, CancellationToken cancellationToken)
    {
        var told = new List<UserInfo>();
        foreach (var id in agentIds)
        {
            UserInfo agent;
            try
            {
                agent = await users.GetAsync(Actor.System, id, cancellationToken);
                if (!agent.IsActive || string.IsNullOrWhiteSpace(agent.Email)
                    || (await profiles.GetAsync(id, cancellationToken)).MutedNotifications.Contains(kind))
                {
                    continue;
                }

                await tickets.GetAsync(new Actor(agent.IsAdmin ? ActorKind.Admin : ActorKind.Agent, agent.Id, agent.FullName), number, cancellationToken);
            }
            catch (Exception error) when (error is NotFoundException or ForbiddenException)
            {
                // Gone since, or not allowed to see this queue's tickets.
                continue;
            }

            told.Add(agent);
        }

        return told;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No email channel is active: agents are not told of {Kind} for ticket {Number}.")]
    private static partial void LogNoChannel(ILogger logger, TemplateKind kind, string number);
}
