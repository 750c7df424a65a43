using System.Globalization;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Templates.AutoResponses;

/// <summary>
/// Tells the customer whose email opened a ticket that it is registered, and under which number; never when a machine
/// wrote the email (an out-of-office reply, a list), so that two machines cannot answer each other.
/// </summary>
public sealed class NewTicketAutoResponse(AutoResponder responder) : IDomainEventHandler<TicketCreated>
{
    public Task HandleAsync(TicketCreated created, DomainEventContext context, CancellationToken cancellationToken) =>
        created.Channel != ArticleChannels.Email || created.FirstArticleAutomation != ArticleAutomation.None
            ? Task.CompletedTask
            : responder.AnswerAsync(
                AutoResponseKind.NewTicket,
                created.TicketNumber,
                string.Create(CultureInfo.InvariantCulture, $"templates:auto-response:new-ticket:{created.TicketId}"),
                cancellationToken);
}
