using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Model;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>
/// What agents use when answering, under <c>/api/v1/plugins/templates/tickets/{number}</c>: the reply templates of the
/// ticket's queue, one rendered for the ticket (to edit before sending), and an answer sent from a template. The
/// agent's permissions on the ticket apply; customers have none of this.
/// </summary>
public static class TicketTemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ticket = endpoints.MapGroup("/tickets/{number}");
        ticket.AddEndpointFilter(async (invocation, next) => !invocation.HttpContext.User.ToActor().IsCustomer
            ? await next(invocation)
            : throw new ForbiddenException("Reply templates are for agents."));

        ticket.MapGet("/templates", async (string number, HttpContext http, ITicketService tickets, TemplateStore store, CancellationToken ct) =>
        {
            var queueId = (await tickets.GetAsync(http.User.ToActor(), number, ct)).Summary.QueueId;
            return Results.Ok((await store.ListAsync(TemplateKind.Reply, ct))
                .Where(t => t.Definition.IsActive && t.Definition.Serves(queueId))
                .Select(t => new { t.Id, t.Name, t.Definition.Comment, Languages = t.Definition.Variants.Select(v => v.Language) }));
        });
        ticket.MapPost("/render", async (string number, RenderRequest request, HttpContext http, TemplateReplies replies, CancellationToken ct) =>
            Results.Ok(await replies.RenderAsync(http.User.ToActor(), number, request.TemplateId, request.Language, ct)));
        ticket.MapPost("/reply", async (string number, TemplateReplyRequest request, HttpContext http, TemplateReplies replies, CancellationToken ct) =>
        {
            var article = await replies.SendAsync(http.User.ToActor(), number, request, ct);
            return Results.Created($"/api/v1/tickets/{Uri.EscapeDataString(number)}/articles/{article.Id}", article);
        });
    }
}
