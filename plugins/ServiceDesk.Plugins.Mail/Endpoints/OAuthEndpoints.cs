using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>
/// Under /api/v1/plugins/mail/oauth: how the OAuth2 logins' tokens stand, an administrator's consent (sent to the provider,
/// and back to the callback), and a refresh token obtained elsewhere. A login is named <c>account:{id}</c> or <c>smtp</c>.
/// </summary>
public static class OAuthEndpoints
{
    private const string CallbackName = "mail-oauth-callback";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // The provider sends the administrator's browser here, without the API's token: the state, given to an administrator
        // minutes ago and taken once, stands for them.
        endpoints.MapGet("/oauth/callback", async (string? state, string? code, string? error,
            [FromQuery(Name = "error_description")] string? errorDescription, OAuthConsents consents, CancellationToken ct) =>
        {
            var login = await consents.CompleteAsync(state, code, error, errorDescription, ct);
            return Results.Text($"Mail login {login.Name} ({login.UserName}) is connected: its OAuth2 tokens are stored. You can close this page.");
        }).AllowAnonymous().WithName(CallbackName);

        var oauth = endpoints.MapGroup("/oauth").ForAdministrators("The mail logins' OAuth2 tokens are for administrators.");
        oauth.MapGet("/", async (OAuthStatusReport report, CancellationToken ct) => Results.Ok(await report.ListAsync(ct)));
        oauth.MapGet("/{login}/authorize", async (string login, HttpContext http, OAuthConsents consents, MailSettings settings, MailAccounts accounts,
            LinkGenerator links, CancellationToken ct) =>
        {
            var redirectUri = settings.OAuth2RedirectUri ?? links.GetUriByName(http, CallbackName, values: null)
                ?? throw new InvalidOperationException("The OAuth2 callback has no address.");
            var provider = await consents.BeginAsync(await FindAsync(accounts, login, ct), http.User.ToActor().Id, redirectUri, ct);
            return Results.Redirect(provider.AbsoluteUri);
        });
        oauth.MapPut("/{login}/refresh-token", async (string login, RefreshTokenRequest request, HttpContext http, OAuthConsents consents,
            OAuthStatusReport report, MailAccounts accounts, CancellationToken ct) =>
        {
            var found = await FindAsync(accounts, login, ct);
            if (string.IsNullOrWhiteSpace(request.RefreshToken))
            {
                throw new ValidationException("refreshToken", "Give the refresh token that the provider issued for the login's user.");
            }

            await consents.SetRefreshTokenAsync(found, request.RefreshToken.Trim(), http.User.ToActor().Id, ct);
            return Results.Ok(await report.OfAsync(found, ct));
        });
    }

    private static async Task<OAuthLogin> FindAsync(MailAccounts accounts, string name, CancellationToken ct) =>
        await accounts.OAuthLoginAsync(name, ct) ?? throw new NotFoundException($"There is no mail login '{name}' with Authentication OAuth2: the logins are account:{{id}} and smtp.");
}
