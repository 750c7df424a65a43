using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MimeKit;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Mail.Filters;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>
/// For administrators, under /api/v1/plugins/mail/filters: the postmaster filters (list, read, create, replace, delete),
/// and a try of them on a message that imports nothing.
/// </summary>
public static class FilterEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var filters = endpoints.MapGroup("/filters").ForAdministrators("Mail filters are for administrators.");

        filters.MapGet("/", async (FilterStore store, CancellationToken ct) => Results.Ok(await store.ListAsync(ct)));
        filters.MapGet("/{id:long}", async (long id, FilterStore store, CancellationToken ct) => Results.Ok(await store.GetAsync(id, ct)));
        filters.MapPost("/", async (FilterRequest request, HttpContext http, FilterStore store, CancellationToken ct) =>
        {
            var filter = await store.CreateAsync(request, ct);
            return Results.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{filter.Id}", filter);
        });
        filters.MapPut("/{id:long}", async (long id, FilterRequest request, FilterStore store, CancellationToken ct) =>
            Results.Ok(await store.UpdateAsync(id, request, ct)));
        filters.MapDelete("/{id:long}", async (long id, FilterStore store, CancellationToken ct) =>
        {
            await store.DeleteAsync(id, ct);
            return Results.NoContent();
        });

        filters.MapPost("/test", async (HttpContext http, MailFilters mailFilters, MailSettings settings, CancellationToken ct) =>
        {
            var raw = await FilterTestInput.ReadAsync(http.Request, settings.MaxMessageBytes, ct);
            MimeMessage message;
            try
            {
                message = MessageReader.Read(raw);
            }
            catch (MailImportException error)
            {
                throw new ValidationException("raw", error.Message);
            }

            return Results.Ok(FilterTestResult.Of(await mailFilters.DecideAsync(message, ct)));
        });
    }
}
