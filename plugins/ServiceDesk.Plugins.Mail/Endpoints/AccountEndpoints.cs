using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>
/// For administrators, under /api/v1/plugins/mail/accounts: the mail accounts, of the configuration (shown only) and
/// stored (list, read, create, replace, delete), and a try of one that connects and logs in (<see cref="AccountTest"/>).
/// </summary>
public static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var accounts = endpoints.MapGroup("/accounts").ForAdministrators("Mail accounts are for administrators.");

        accounts.MapGet("/", async (MailAccounts all, MailDbContext db, CancellationToken ct) => Results.Ok(await ViewsAsync(db, await all.ListAsync(ct), ct)));
        accounts.MapGet("/{id}", async (string id, MailAccounts all, MailDbContext db, CancellationToken ct) =>
            Results.Ok(await ViewAsync(db, await all.GetAsync(id, ct), ct)));
        accounts.MapPost("/", async (JsonObject? account, HttpContext http, MailAccountStore store, MailDbContext db, CancellationToken ct) =>
        {
            var created = await store.CreateAsync(AccountView.RequestOf(account), ct);
            return Results.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{created.Settings.Id}", await ViewAsync(db, created, ct));
        });
        accounts.MapPut("/{id}", async (string id, JsonObject? account, MailAccountStore store, MailDbContext db, CancellationToken ct) =>
            Results.Ok(await ViewAsync(db, await store.ReplaceAsync(id, AccountView.RequestOf(account), ct), ct)));
        accounts.MapDelete("/{id}", async (string id, MailAccountStore store, CancellationToken ct) =>
        {
            await store.DeleteAsync(id, ct);
            return Results.NoContent();
        });
        accounts.MapPost("/{id}/test", async (string id, MailAccounts all, AccountTest test, CancellationToken ct) =>
            Results.Ok(await test.RunAsync((await all.GetAsync(id, ct)).Settings, ct)));
    }

    private static async Task<JsonObject> ViewAsync(MailDbContext db, MailAccount account, CancellationToken ct) => (await ViewsAsync(db, [account], ct))[0];

    private static async Task<List<JsonObject>> ViewsAsync(MailDbContext db, IReadOnlyList<MailAccount> accounts, CancellationToken ct)
    {
        var states = await AccountState.OfAsync(db, accounts.Select(a => a.Settings.Id).ToList(), ct);
        return accounts.Select(a => AccountView.Of(a, states[a.Settings.Id])).ToList();
    }
}
