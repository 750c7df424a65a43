using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Templates.AutoResponses;

/// <summary>
/// Answers a customer's email automatically: the answer is an article of the ticket in the channel <c>email</c>, marked
/// as an automatic reply, which the email channel sends with <c>Auto-Submitted: auto-replied</c> and counts against its
/// loop limit. Its key makes it once per occasion, however often the event comes.
/// </summary>
public sealed class AutoResponder(TemplateAutoResponses responses, ITicketService tickets)
{
    public async Task AnswerAsync(AutoResponseKind kind, string number, string key, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(Actor.System, number, cancellationToken);
        if (ticket.Summary.CustomerEmail is not { Length: > 0 } customer
            || await responses.ComposeAsync(new AutoResponseRequest(kind, number, customer, ticket.Summary.Title), cancellationToken) is not { } answer)
        {
            return;
        }

        await tickets.AddArticleAsync(Actor.System, number, new AddArticleCommand
        {
            Channel = ArticleChannels.Email,
            Direction = ArticleDirection.Outgoing,
            Automation = ArticleAutomation.Reply,
            To = customer,
            Subject = answer.Subject,
            Body = answer.Body,
            BodyHtml = answer.BodyHtml,
            IdempotencyKeys = [key],
        }, null, cancellationToken);
    }
}
