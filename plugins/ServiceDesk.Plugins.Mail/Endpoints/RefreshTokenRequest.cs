namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>
/// A refresh token that an administrator obtained elsewhere, for a mail login to use. Not a record: its printed form would
/// show the token.
/// </summary>
public sealed class RefreshTokenRequest
{
    public string? RefreshToken { get; init; }
}
