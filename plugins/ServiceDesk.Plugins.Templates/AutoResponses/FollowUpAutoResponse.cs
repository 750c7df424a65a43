using System.Globalization;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Templates.AutoResponses;

/// <summary>
/// Tells the customer whose email opened their closed ticket again that it is being worked on again; never when a
/// machine wrote the email.
/// </summary>
public sealed class FollowUpAutoResponse(AutoResponder responder) : IDomainEventHandler<ArticleAdded>
{
    public Task HandleAsync(ArticleAdded added, DomainEventContext context, CancellationToken cancellationToken) =>
        !added.Reopened || added.Channel != ArticleChannels.Email || added.Automation != ArticleAutomation.None
            ? Task.CompletedTask
            : responder.AnswerAsync(
                AutoResponseKind.FollowUpReopened,
                added.TicketNumber,
                string.Create(CultureInfo.InvariantCulture, $"templates:auto-response:follow-up:{added.ArticleId}"),
                cancellationToken);
}
