using System.Text.Json.Serialization;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>How a mail login's OAuth2 tokens stand; all but <see cref="Valid"/> come with a warning for administrators.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OAuthState>))]
public enum OAuthState
{
    /// <summary>The refresh token is good for longer than <see cref="MailSettings.OAuth2WarnDays"/>.</summary>
    Valid,

    /// <summary>The refresh token expires within <see cref="MailSettings.OAuth2WarnDays"/>.</summary>
    ExpiresSoon,

    /// <summary>The refresh token's time is over.</summary>
    Expired,

    /// <summary>The last renewal failed for a passing reason (the provider could not be reached); the next use tries again.</summary>
    Failing,

    /// <summary>The provider no longer takes the refresh token (<c>invalid_grant</c>): only new consent helps.</summary>
    NeedsConsent,

    /// <summary>No administrator has given consent yet.</summary>
    NoTokens,
}
