using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>How a mail login's OAuth2 tokens stand, for administrators: never the tokens themselves.</summary>
/// <param name="Login"><c>account:{id}</c> or <c>smtp</c>.</param>
/// <param name="UserName">Who logs in.</param>
/// <param name="Provider">Whose tokens they are.</param>
/// <param name="State">Whether anything needs an administrator.</param>
/// <param name="RefreshTokenValidUntil">When the refresh token expires, as the provider said or as estimated.</param>
/// <param name="ValidUntilEstimated">
/// True when the provider did not say, and the end is counted from the refresh token's last use by its lifetime
/// (<c>RefreshTokenLifetimeDays</c>); every use moves it on.
/// </param>
/// <param name="DaysLeft">Whole days until then; 0 once it is over.</param>
/// <param name="RefreshTokenUsedAt">When the refresh token was issued or last used.</param>
/// <param name="AccessTokenExpiresAt">When the current access token expires; it is renewed a few minutes before.</param>
/// <param name="ConsentedAt">When an administrator gave consent or set the refresh token.</param>
/// <param name="ConsentedBy">That administrator's user id.</param>
/// <param name="LastError">Why the last renewal failed; null once one succeeds.</param>
/// <param name="LastErrorAt">When it failed.</param>
/// <param name="Warning">What administrators must know or do, when anything.</param>
public sealed record OAuthStatus(
    string Login,
    string UserName,
    OAuth2Provider Provider,
    OAuthState State,
    DateTime? RefreshTokenValidUntil,
    bool ValidUntilEstimated,
    int? DaysLeft,
    DateTime? RefreshTokenUsedAt,
    DateTime? AccessTokenExpiresAt,
    DateTime? ConsentedAt,
    int? ConsentedBy,
    string? LastError,
    DateTime? LastErrorAt,
    string? Warning)
{
    /// <summary>How <paramref name="login"/>'s tokens (<paramref name="row"/>, none before consent) stand at <paramref name="now"/>.</summary>
    public static OAuthStatus Of(OAuthLogin login, OAuthToken? row, DateTime now, int warnDays)
    {
        var consentAgain = $"an administrator gives consent again (GET {login.AuthorizePath})";
        if (row is null)
        {
            return new OAuthStatus(login.Name, login.UserName, login.Settings.Provider, OAuthState.NoTokens, null, false, null, null, null, null, null, null, null,
                $"No tokens yet: an administrator gives consent (GET {login.AuthorizePath}) or sets a refresh token (PUT /api/v1/plugins/mail/oauth/{login.Name}/refresh-token).");
        }

        var validUntil = Utc(row.RefreshTokenExpiresAt ?? row.RefreshTokenUsedAt + login.Settings.EffectiveRefreshTokenLifetime);
        var estimated = row.RefreshTokenExpiresAt is null;
        var daysLeft = Math.Max(0, (int)Math.Floor((validUntil - now).TotalDays));
        var end = $"{validUntil:yyyy-MM-dd HH:mm} UTC{(estimated ? " (estimated: RefreshTokenLifetimeDays after its last use)" : "")}";
        var (state, warning) = row switch
        {
            { NeedsConsent: true } => (OAuthState.NeedsConsent, $"The provider no longer takes the refresh token, so the login fails: {consentAgain}. {row.LastError}"),
            _ when validUntil <= now => (OAuthState.Expired, $"The refresh token expired on {end}: {consentAgain}."),
            { LastError: not null } => (OAuthState.Failing, $"Renewing the tokens failed at {row.LastErrorAt:yyyy-MM-dd HH:mm} UTC, and is tried again at the next use: {row.LastError}"),
            _ when validUntil <= now.AddDays(warnDays) => (OAuthState.ExpiresSoon, $"The refresh token expires in {daysLeft} days, on {end}: {consentAgain} before then."),
            _ => (OAuthState.Valid, (string?)null),
        };
        return new OAuthStatus(login.Name, login.UserName, login.Settings.Provider, state, validUntil, estimated, daysLeft, Utc(row.RefreshTokenUsedAt),
            Utc(row.AccessTokenExpiresAt), Utc(row.ConsentedAt), row.ConsentedBy, row.LastError, Utc(row.LastErrorAt), warning);
    }

    // SQLite gives times back without their kind; they are all UTC, and so the API writes them (with a Z).
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? time) => time is { } value ? Utc(value) : null;
}
