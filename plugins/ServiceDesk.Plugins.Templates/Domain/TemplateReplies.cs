using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Templates.Endpoints;
using ServiceDesk.Plugins.Templates.Model;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// Answers that start from a template: rendered for the ticket's customer with the agent as the writer, edited by the
/// agent, and sent as the agent's own email answer (the email channel sends it). Each answer counts as a use.
/// </summary>
public sealed class TemplateReplies(TemplateStore store, TicketModelBuilder models, TemplateComposer composer, ITicketService tickets)
{
    public async Task<RenderedText> RenderAsync(Actor actor, string number, long? templateId, string? language, CancellationToken cancellationToken)
    {
        var template = await ReplyTemplateAsync(templateId, cancellationToken);
        var target = await models.BuildAsync(actor, number, actor.Id, language, cancellationToken);
        if (!template.Definition.Serves(target.QueueId))
        {
            throw new UnprocessableException("templateId", $"Template '{template.Name}' is not offered in the queue of ticket {number}.");
        }

        return await composer.RenderAsync(template.Id, template.Definition, target, cancellationToken);
    }

    public async Task<ArticleDetails> SendAsync(Actor actor, string number, TemplateReplyRequest request, CancellationToken cancellationToken)
    {
        var rendered = await RenderAsync(actor, number, request.TemplateId, request.Language, cancellationToken);
        var body = string.IsNullOrWhiteSpace(request.Body) ? rendered.Body : request.Body;
        var article = await tickets.AddArticleAsync(actor, number, new AddArticleCommand
        {
            Channel = ArticleChannels.Email,
            Subject = string.IsNullOrWhiteSpace(request.Subject) ? rendered.Subject : request.Subject.Trim(),
            // The core sanitizes HTML, and takes the text of an HTML answer from it.
            Body = rendered.Format == TemplateFormat.Text ? body : "",
            BodyHtml = rendered.Format == TemplateFormat.Html ? body : null,
            To = request.To,
            Cc = request.Cc,
        }, null, cancellationToken);
        await store.RecordUseAsync(rendered.TemplateId!.Value, cancellationToken);
        return article;
    }

    private async Task<Data.StoredTemplate> ReplyTemplateAsync(long? templateId, CancellationToken cancellationToken)
    {
        var id = templateId ?? throw new ValidationException("templateId", "Name the reply template.");
        var template = await store.GetAsync(id, cancellationToken);
        return template.Kind == TemplateKind.Reply && template.Definition.IsActive
            ? template
            : throw new UnprocessableException("templateId", $"Template {id} is not an active reply template.");
    }
}
