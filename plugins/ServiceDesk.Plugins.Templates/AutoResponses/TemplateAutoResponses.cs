using Scriban.Runtime;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Model;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.AutoResponses;

/// <summary>
/// Writes the automatic answers to customers from the templates of the ticket's queue (<see cref="TemplateChoice"/>),
/// with the queue's salutation and signature, in the customer's language. The email channel asks for the notice of a
/// refused follow-up; this plugin's own handlers for the others.
/// </summary>
public sealed class TemplateAutoResponses(TemplateChoice choice, TicketModelBuilder models, TemplateComposer composer, TemplateStore store) : IAutoResponses
{
    public static TemplateKind KindOf(AutoResponseKind kind) => kind switch
    {
        AutoResponseKind.NewTicket => TemplateKind.AutoResponseNewTicket,
        AutoResponseKind.FollowUpReopened => TemplateKind.AutoResponseFollowUpClosed,
        AutoResponseKind.FollowUpRejected => TemplateKind.AutoResponseRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An occasion this plugin does not know."),
    };

    public async Task<ComposedMessage?> ComposeAsync(AutoResponseRequest request, CancellationToken cancellationToken)
    {
        var target = await models.BuildAsync(Actor.System, request.TicketNumber, null, null, cancellationToken);
        if (await choice.ForAsync(KindOf(request.Kind), target.QueueId, cancellationToken) is not { } template)
        {
            return null;
        }

        // The customer's message this answers, which need not be on the ticket (a refused one is not).
        target.Model["message"] = new ScriptObject { ["subject"] = request.Subject ?? "" };
        var rendered = await composer.RenderAsync(template.Id, template.Definition, target, cancellationToken);
        if (template.Id is { } id)
        {
            await store.RecordUseAsync(id, cancellationToken);
        }

        var subject = string.IsNullOrWhiteSpace(rendered.Subject) ? request.Subject ?? request.TicketNumber : rendered.Subject;
        return rendered.Format == TemplateFormat.Html
            ? new ComposedMessage(subject, "", rendered.Body)
            : new ComposedMessage(subject, rendered.Body, null);
    }
}
