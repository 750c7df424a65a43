using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Host.Auth;

/// <summary>Authenticates "Authorization: Bearer sdt_…" headers against the stored token hashes.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenService tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var actor = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (actor is null)
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ActorClaims.Kind, actor.Kind.ToString()),
                new Claim(ActorClaims.Id, actor.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, actor.Name),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
