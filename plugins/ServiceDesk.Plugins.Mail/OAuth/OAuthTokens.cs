using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>
/// The mail logins' OAuth2 access tokens, renewed shortly before they expire. A login's tokens are renewed once however
/// many readers and senders ask at the same time: on this node they wait for one another, and across nodes the node that
/// claims the login's row renews while the others wait and then take what it stored. Only the claiming node uses the
/// refresh token, and it writes the new one that providers give in its place (and may require from then on) over the very
/// row it claimed (its version), so that no renewal is undone by another and no rotated refresh token is lost.
/// </summary>
public sealed partial class OAuthTokens(IServiceScopeFactory scopes, OAuthTokenClient client, TimeProvider clock, ILogger<OAuthTokens> logger)
{
    private const int MaxErrorLength = 2000;

    // Providers' access tokens last about an hour: one with less left than this is renewed before it is used, so that it
    // does not run out while a login goes on.
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    // A claim outlasts a token request, so that it is not taken over while its node still waits for the provider; a node
    // that dies holding one keeps the others waiting this long at most.
    private static readonly TimeSpan ClaimFor = OAuthTokenClient.Timeout * 2;

    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(200);

    // For a provider that does not say (RFC 6749 only recommends expires_in): an hour, as Microsoft's and Google's last.
    private static readonly TimeSpan DefaultAccessTokenLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>An access token with a few minutes left at least, renewed first when it has less.</summary>
    public Task<string> GetAccessTokenAsync(OAuthLogin login, CancellationToken cancellationToken) =>
        ObtainAsync(login, renewedSince: null, cancellationToken);

    /// <summary>
    /// Renews the tokens now, however long the access token has left (unless another caller has just renewed them): a
    /// refresh token that is used does not lapse unused.
    /// </summary>
    public Task<string> RenewAsync(OAuthLogin login, CancellationToken cancellationToken) =>
        ObtainAsync(login, renewedSince: clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>
    /// Stores the tokens that an administrator's consent gave, or that a refresh token they set was exchanged for, in place
    /// of any the login had, and clears its errors.
    /// </summary>
    /// <param name="refreshToken">The refresh token to keep: the one the provider gave, or else the one it was asked with.</param>
    public async Task StoreAsync(OAuthLogin login, TokenResponse tokens, string refreshToken, int adminId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
            var row = await db.OAuthTokens.SingleOrDefaultAsync(t => t.Login == login.Name, cancellationToken);
            if (row is null)
            {
                row = new OAuthToken { Login = login.Name };
                db.OAuthTokens.Add(row);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            Apply(row, tokens, refreshToken, now);
            (row.ConsentedAt, row.ConsentedBy) = (now, adminId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A node renewed the old tokens, or another administrator stored theirs, since the row was read: the
                // consent given now goes over what is there now.
            }
        }
    }

    private async Task<string> ObtainAsync(OAuthLogin login, DateTime? renewedSince, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(login.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
                var row = await db.OAuthTokens.SingleOrDefaultAsync(t => t.Login == login.Name, cancellationToken)
                    ?? throw new OAuthTokenException(
                        $"{login.Name} has no OAuth2 tokens yet: an administrator gives consent (GET {login.AuthorizePath}) or sets a refresh token.");
                var now = clock.GetUtcNow().UtcDateTime;
                if (row.NeedsConsent)
                {
                    throw NeedsConsent(login, row.LastError);
                }

                if (row.AccessToken is not null && row.AccessTokenExpiresAt > now + RenewBefore && (renewedSince is null || row.RefreshTokenUsedAt >= renewedSince))
                {
                    return row.AccessToken;
                }

                if (row.RefreshingUntil > now)
                {
                    // Another node renews them: its tokens will be in the row.
                    await Task.Delay(WaitStep, clock, cancellationToken);
                    continue;
                }

                row.RefreshingUntil = now + ClaimFor;
                row.Version++;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another node claimed or renewed them since the row was read: read it again.
                    continue;
                }

                return await RenewClaimedAsync(db, row, login, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string> RenewClaimedAsync(MailDbContext db, OAuthToken row, OAuthLogin login, CancellationToken cancellationToken)
    {
        TokenResponse tokens;
        try
        {
            tokens = await client.RefreshAsync(login, row.RefreshToken, cancellationToken);
        }
        catch (OAuthTokenException error)
        {
            LogRenewalFailed(logger, login.Name, error.Message);
            (row.LastError, row.LastErrorAt, row.NeedsConsent) = (error.Message[..Math.Min(error.Message.Length, MaxErrorLength)], clock.GetUtcNow().UtcDateTime, error.Revoked);
            await ReleaseAsync(db, row);
            throw error.Revoked ? NeedsConsent(login, error.Message) : new OAuthTokenException($"{login.Name}: {error.Message}", error.Error, error);
        }
        catch
        {
            // Cancelled while the node stops: the claim goes, so that other nodes need not wait for it to run out.
            await ReleaseAsync(db, row);
            throw;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Apply(row, tokens, tokens.RefreshToken ?? row.RefreshToken, now);
        try
        {
            // Not cancelled from here on: the provider may already require the new refresh token.
            await db.SaveChangesAsync(CancellationToken.None);
            LogRenewed(logger, login.Name, row.AccessTokenExpiresAt!.Value);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An administrator stored new consent meanwhile, which stays; this access token is still good to log in with.
            LogOvertaken(logger, login.Name);
        }

        return tokens.AccessToken!;
    }

    // Gives up the claim; a row that changed meanwhile (new consent) has none of this node's to give up.
    private static async Task ReleaseAsync(MailDbContext db, OAuthToken row)
    {
        row.RefreshingUntil = null;
        row.Version++;
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing of this node's is left in the row.
        }
    }

    // What a token request that succeeded changes: the access token; the refresh token (rotated, or the same one, used
    // now); when it expires, if the provider says; and the errors, which are over. Ends any claim.
    private static void Apply(OAuthToken row, TokenResponse tokens, string refreshToken, DateTime now)
    {
        if (tokens.RefreshTokenExpiresIn is { } refreshSeconds)
        {
            row.RefreshTokenExpiresAt = now.AddSeconds(refreshSeconds);
        }
        else if (!string.Equals(refreshToken, row.RefreshToken, StringComparison.Ordinal))
        {
            // A new refresh token without an end that the provider tells.
            row.RefreshTokenExpiresAt = null;
        }

        row.RefreshToken = refreshToken;
        row.RefreshTokenUsedAt = now;
        row.AccessToken = tokens.AccessToken;
        row.AccessTokenExpiresAt = now + (tokens.ExpiresIn is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultAccessTokenLifetime);
        (row.LastError, row.LastErrorAt, row.NeedsConsent, row.RefreshingUntil) = (null, null, false, null);
        row.Version++;
    }

    private static OAuthTokenException NeedsConsent(OAuthLogin login, string? reason) =>
        new($"{login.Name} needs an administrator's consent again (GET {login.AuthorizePath}). {reason}", "invalid_grant");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Renewed the OAuth2 tokens of mail login {Login}; the access token is good until {Until:u}")]
    private static partial void LogRenewed(ILogger logger, string login, DateTime until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the OAuth2 tokens of mail login {Login} failed: {Reason}")]
    private static partial void LogRenewalFailed(ILogger logger, string login, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OAuth2 tokens of mail login {Login} were replaced by new consent while they were renewed; the consent's stay")]
    private static partial void LogOvertaken(ILogger logger, string login);
}
