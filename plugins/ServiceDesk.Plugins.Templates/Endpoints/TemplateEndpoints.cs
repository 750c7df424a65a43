using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Http;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Model;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>
/// Administrators keep the templates under <c>/api/v1/plugins/templates/templates</c>: list, read, create, change
/// (If-Match), delete, preview against a ticket before saving, the versions of a template and restoring one.
/// </summary>
public static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var templates = endpoints.MapGroup("/templates").ForAdministrators("Templates are kept by administrators.");

        templates.MapGet("/", async (TemplateKind? kind, TemplateStore store, CancellationToken ct) =>
            Results.Ok((await store.ListAsync(kind, ct)).Select(TemplateView.Of)));
        // What is sent where administrators stored nothing, as the active theme has it: a start for their own.
        templates.MapGet("/shipped", (ShippedTemplates shipped) =>
            Results.Ok(ShippedTemplates.Names.Keys.Select(shipped.For).Append(shipped.Layout()).OfType<TemplateDefinition>()));
        templates.MapGet("/{id:long}", async (long id, HttpResponse response, TemplateStore store, CancellationToken ct) =>
            Answer(response, await store.GetAsync(id, ct)));
        templates.MapPost("/", async (TemplateRequest request, HttpContext http, TemplateStore store, CancellationToken ct) =>
        {
            var template = await store.CreateAsync(http.User.ToActor(), request, ct);
            EntityTags.Set(http.Response, template.Version);
            return Results.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{template.Id}", TemplateView.Of(template));
        });
        templates.MapPut("/{id:long}", async (long id, TemplateRequest request, HttpContext http, TemplateStore store, CancellationToken ct) =>
            Answer(http.Response, await store.UpdateAsync(http.User.ToActor(), id, request, EntityTags.ExpectedVersion(http.Request), ct)));
        templates.MapDelete("/{id:long}", async (long id, HttpRequest request, TemplateStore store, CancellationToken ct) =>
        {
            await store.DeleteAsync(id, EntityTags.ExpectedVersion(request), ct);
            return Results.NoContent();
        });
        templates.MapGet("/{id:long}/versions", async (long id, TemplateStore store, CancellationToken ct) =>
            Results.Ok((await store.HistoryAsync(id, ct)).Select(v => new { v.Version, v.ChangedAt, v.ChangedBy, v.Change, v.RestoredFrom, v.Definition })));
        templates.MapPost("/{id:long}/versions/{version:int}/restore", async (long id, int version, HttpContext http, TemplateStore store, CancellationToken ct) =>
            Answer(http.Response, await store.RestoreAsync(http.User.ToActor(), id, version, EntityTags.ExpectedVersion(http.Request), ct)));
        templates.MapPost("/preview", async (PreviewRequest request, HttpContext http, TicketModelBuilder models, TemplateComposer composer, CancellationToken ct) =>
        {
            var definition = TemplateRules.Definition(request.Template ?? throw new ValidationException("template", "The template to preview is missing."));
            var ticket = string.IsNullOrWhiteSpace(request.Ticket) ? throw new ValidationException("ticket", "The ticket to preview with is missing.") : request.Ticket.Trim();
            var actor = http.User.ToActor();
            var target = await models.BuildAsync(actor, ticket, actor.Id, request.Language, ct);
            return Results.Ok(await composer.RenderAsync(null, definition, target, ct));
        });
    }

    private static IResult Answer(HttpResponse response, Data.StoredTemplate template)
    {
        EntityTags.Set(response, template.Version);
        return Results.Ok(TemplateView.Of(template));
    }
}
