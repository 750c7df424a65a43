using System.Text.Json.Serialization;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>
/// A token endpoint's answer (RFC 6749, 5.1). Not a record: its printed form would show the tokens.
/// </summary>
public sealed class TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>Seconds.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    /// <summary>A new refresh token, which providers that rotate them require from then on; none when the old one stays good.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>Seconds; only some providers say (Google for time-limited access, Microsoft for single-page applications).</summary>
    [JsonPropertyName("refresh_token_expires_in")]
    public long? RefreshTokenExpiresIn { get; init; }
}
