using Microsoft.AspNetCore.Mvc;
using ServiceDesk.Abstractions.Http;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Host.Api;

/// <summary>/api/v1/tickets: create, search, read, update, articles, attachments, history, merge, split, links.</summary>
public static class TicketEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");

        tickets.MapPost("/", async (CreateTicketCommand command, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            var ticket = await service.CreateAsync(http.User.ToActor(), command, ct);
            EntityTags.Set(http.Response, ticket.Summary.Version);
            return Results.Created($"/api/v1/tickets/{ticket.Summary.Number}", ticket);
        });

        tickets.MapGet("/", async ([AsParameters] TicketListParameters parameters, HttpContext http, ITicketService service, CancellationToken ct) =>
            Results.Ok(await service.SearchAsync(http.User.ToActor(), parameters.ToQuery(), ct)));

        tickets.MapPost("/bulk", async (BulkUpdateRequest request, HttpContext http, ITicketService service, CancellationToken ct) =>
            Results.Ok(await service.BulkUpdateAsync(http.User.ToActor(), request.Numbers ?? [], request.Update ?? new UpdateTicketCommand(), ct)));

        tickets.MapGet("/{number}", async (string number, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            var ticket = await service.GetAsync(http.User.ToActor(), number, ct);
            EntityTags.Set(http.Response, ticket.Summary.Version);
            return Results.Ok(ticket);
        });

        tickets.MapPatch("/{number}", async (string number, UpdateTicketCommand command, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            var ticket = await service.UpdateAsync(http.User.ToActor(), number, command, EntityTags.ExpectedVersion(http.Request), ct);
            EntityTags.Set(http.Response, ticket.Summary.Version);
            return Results.Ok(ticket);
        });

        tickets.MapGet("/{number}/articles", async (string number, HttpContext http, ITicketService service, CancellationToken ct) =>
            Results.Ok(await service.GetArticlesAsync(http.User.ToActor(), number, ct)));

        tickets.MapPost("/{number}/articles", async (string number, AddArticleCommand command, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            var article = await service.AddArticleAsync(http.User.ToActor(), number, command, EntityTags.ExpectedVersion(http.Request), ct);
            // The article may have landed in a new ticket (a follow-up to a closed one), so its thread is not named here.
            return Results.Json(article, statusCode: StatusCodes.Status201Created);
        });

        tickets.MapGet("/{number}/attachments/{id:long}", async (string number, long id, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            var attachment = await service.OpenAttachmentAsync(http.User.ToActor(), number, id, ct);
            // Always a download: an attachment is never rendered in the service desk's own origin.
            return Results.File(attachment.Content, "application/octet-stream", attachment.Info.FileName);
        });

        tickets.MapGet("/{number}/history", async (string number, HttpContext http, ITicketService service, CancellationToken ct) =>
            Results.Ok(await service.GetHistoryAsync(http.User.ToActor(), number, ct)));

        tickets.MapPost("/{number}/merge", async (string number, MergeRequest request, HttpContext http, ITicketService service, CancellationToken ct) =>
            Results.Ok(await service.MergeAsync(http.User.ToActor(), number, request.Into ?? "", ct)));

        tickets.MapPost("/{number}/split", async (string number, SplitRequest request, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            var ticket = await service.SplitAsync(http.User.ToActor(), number, request.ArticleId, request.Title, ct);
            return Results.Created($"/api/v1/tickets/{ticket.Summary.Number}", ticket);
        });

        tickets.MapPost("/{number}/links", async (string number, LinkRequest request, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            await service.LinkAsync(http.User.ToActor(), number, request.Number ?? "", request.Kind ?? TicketLinkKind.Related, ct);
            return Results.NoContent();
        });

        tickets.MapDelete("/{number}/links/{other}", async (string number, string other, HttpContext http, ITicketService service, CancellationToken ct) =>
        {
            await service.UnlinkAsync(http.User.ToActor(), number, other, ct);
            return Results.NoContent();
        });
    }

    /// <summary>The body of POST /tickets/bulk.</summary>
    public sealed record BulkUpdateRequest(IReadOnlyList<string>? Numbers, UpdateTicketCommand? Update);

    /// <summary>The body of POST /tickets/{number}/merge.</summary>
    public sealed record MergeRequest(string? Into);

    /// <summary>The body of POST /tickets/{number}/split.</summary>
    public sealed record SplitRequest(long ArticleId, string? Title);

    /// <summary>The body of POST /tickets/{number}/links.</summary>
    public sealed record LinkRequest(string? Number, TicketLinkKind? Kind);
}
