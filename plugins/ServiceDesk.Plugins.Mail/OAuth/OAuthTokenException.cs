namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>
/// A mail login's OAuth2 tokens could not be had, with the reason; never with a token or secret in it.
/// </summary>
/// <param name="message">The reason, for administrators.</param>
/// <param name="error">The provider's error code (RFC 6749, 5.2), when it gave one.</param>
/// <param name="inner">The network error, when the provider could not be reached.</param>
public sealed class OAuthTokenException(string message, string? error = null, Exception? inner = null) : Exception(message, inner)
{
    public string? Error { get; } = error;

    /// <summary>The provider no longer takes the refresh token: consent was revoked, or the token expired; only new consent helps.</summary>
    public bool Revoked => Error == "invalid_grant";
}
