using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>
/// How a mail login gets its first refresh token: an administrator's consent with the authorization code flow and PKCE
/// (RFC 6749, RFC 7636), or a refresh token that an administrator obtained elsewhere. Nothing is stored until the provider
/// has given tokens for it.
/// </summary>
public sealed partial class OAuthConsents(
    MailDbContext db, OAuthTokenClient client, OAuthTokens tokens, MailAccounts accounts, TimeProvider clock, ILogger<OAuthConsents> logger)
{
    // Long enough to sign in with a second factor; short enough that a redirect found later in a browser's history is of no use.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Starts an administrator's consent for <paramref name="login"/>: the address at the provider to send their browser to.
    /// </summary>
    /// <param name="redirectUri">The callback, as registered with the provider.</param>
    public async Task<Uri> BeginAsync(OAuthLogin login, int adminId, string redirectUri, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.OAuthConsents.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var state = OAuthSecrets.NewRandom();
        var verifier = OAuthSecrets.NewRandom();
        db.OAuthConsents.Add(new OAuthConsent
        {
            StateHash = OAuthSecrets.HashOf(state),
            Login = login.Name,
            AdminId = adminId,
            CodeVerifier = verifier,
            RedirectUri = redirectUri,
            ExpiresAt = now + Patience,
        });
        await db.SaveChangesAsync(cancellationToken);

        var parameters = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = login.Settings.ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = string.Join(' ', login.Settings.EffectiveScopes),
            ["state"] = state,
            ["code_challenge"] = OAuthSecrets.ChallengeOf(verifier),
            ["code_challenge_method"] = "S256",
            // The provider offers to sign in as the mailbox, whose consent it has to be.
            ["login_hint"] = login.UserName,
        };
        foreach (var (name, value) in login.Settings.ExtraAuthorizeParameters)
        {
            parameters[name] = value;
        }

        return new Uri(QueryHelpers.AddQueryString(login.Settings.EffectiveAuthorizeUrl.AbsoluteUri, parameters));
    }

    /// <summary>
    /// Ends a consent with the provider's redirect: the state must be one that an administrator was given in the last minutes
    /// and that was not used before; the code is exchanged for tokens, which are stored as that administrator's consent.
    /// </summary>
    public async Task<OAuthLogin> CompleteAsync(string? state, string? code, string? error, string? errorDescription, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state))
        {
            throw new ValidationException("state", "The request has no state: it is not the provider's answer to a consent that this service started.");
        }

        var hash = OAuthSecrets.HashOf(state);
        var consent = await db.OAuthConsents.AsNoTracking().SingleOrDefaultAsync(c => c.StateHash == hash, cancellationToken);
        // Taken once: the same redirect again (a reload, or someone who saw the address) finds nothing.
        if (consent is null || await db.OAuthConsents.Where(c => c.StateHash == hash).ExecuteDeleteAsync(cancellationToken) == 0
            || consent.ExpiresAt < clock.GetUtcNow().UtcDateTime)
        {
            throw new ForbiddenException("This consent is unknown, was used already or took too long: start it again (GET /api/v1/plugins/mail/oauth/{login}/authorize).");
        }

        var login = await accounts.OAuthLoginAsync(consent.Login, cancellationToken)
            ?? throw new ConflictException($"Mail login {consent.Login} no longer uses OAuth2.");
        if (error is not null)
        {
            throw new UnprocessableException("error", $"The provider gave no consent for {login.Name}: {error}{(errorDescription is null ? "" : $" ({errorDescription})")}.");
        }

        if (string.IsNullOrEmpty(code))
        {
            throw new ValidationException("code", "The provider's answer has no code.");
        }

        var given = await ExchangeAsync("code", () => client.RedeemCodeAsync(login, code, consent.CodeVerifier, consent.RedirectUri, cancellationToken));
        var refreshToken = given.RefreshToken ?? throw new UnprocessableException("code",
            $"The provider gave {login.Name} no refresh token, without which the service cannot log in for long. Microsoft gives one for the scope offline_access; Google to an application in production, or to test users.");
        await tokens.StoreAsync(login, given, refreshToken, consent.AdminId, cancellationToken);
        LogConsented(logger, login.Name, consent.AdminId);
        return login;
    }

    /// <summary>
    /// Stores a refresh token that an administrator obtained elsewhere, once the provider has taken it: it is exchanged for
    /// an access token (and, with providers that rotate them, a new refresh token) first.
    /// </summary>
    public async Task SetRefreshTokenAsync(OAuthLogin login, string refreshToken, int adminId, CancellationToken cancellationToken)
    {
        var given = await ExchangeAsync("refreshToken", () => client.RefreshAsync(login, refreshToken, cancellationToken));
        await tokens.StoreAsync(login, given, given.RefreshToken ?? refreshToken, adminId, cancellationToken);
        LogRefreshTokenSet(logger, login.Name, adminId);
    }

    // The provider's refusal is the administrator's to see: the request is answered 422 with it.
    private static async Task<TokenResponse> ExchangeAsync(string field, Func<Task<TokenResponse>> request)
    {
        try
        {
            return await request();
        }
        catch (OAuthTokenException refused)
        {
            throw new UnprocessableException(field, refused.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail login {Login} has OAuth2 tokens from the consent of administrator {AdminId}")]
    private static partial void LogConsented(ILogger logger, string login, int adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail login {Login} has OAuth2 tokens from a refresh token that administrator {AdminId} set")]
    private static partial void LogRefreshTokenSet(ILogger logger, string login, int adminId);
}
