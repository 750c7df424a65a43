namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// The OAuth2 tokens of one mail login, as its provider last gave them, and how renewing them went. The tokens are secrets:
/// never logged, never answered by the API.
/// </summary>
public sealed class OAuthToken
{
    /// <summary>The login: <c>account:{id}</c> or <c>smtp</c>.</summary>
    public string Login { get; set; } = "";

    public string RefreshToken { get; set; } = "";

    /// <summary>When the refresh token was issued or last used: providers let an unused one lapse (Microsoft after 90 days).</summary>
    public DateTime RefreshTokenUsedAt { get; set; }

    /// <summary>When the provider said that the refresh token expires (<c>refresh_token_expires_in</c>); null when it did not say.</summary>
    public DateTime? RefreshTokenExpiresAt { get; set; }

    public string? AccessToken { get; set; }

    public DateTime? AccessTokenExpiresAt { get; set; }

    /// <summary>When an administrator gave consent, or set the refresh token.</summary>
    public DateTime ConsentedAt { get; set; }

    /// <summary>The administrator's user id.</summary>
    public int ConsentedBy { get; set; }

    /// <summary>Why the last renewal failed; null once one succeeds.</summary>
    public string? LastError { get; set; }

    public DateTime? LastErrorAt { get; set; }

    /// <summary>
    /// The provider refused the refresh token (<c>invalid_grant</c>: consent revoked, password changed, token expired): it is
    /// not tried again until an administrator consents again.
    /// </summary>
    public bool NeedsConsent { get; set; }

    /// <summary>
    /// Set while a node renews the tokens, so that one node at a time uses the refresh token, and the new one that the
    /// provider gives in its place (and may require from then on) is stored, not lost to another node's renewal.
    /// </summary>
    public DateTime? RefreshingUntil { get; set; }

    /// <summary>Counts the changes: a node writes only over the row it read (optimistic concurrency).</summary>
    public int Version { get; set; }
}
