namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// An administrator's consent in progress: started with the authorization request, ended by the provider's redirect to the
/// callback, which carries <c>state</c> and is accepted once, within minutes, for the login it was started for.
/// </summary>
public sealed class OAuthConsent
{
    /// <summary>SHA-256 of the state, in hex: the state itself is only in the administrator's browser and the redirect.</summary>
    public string StateHash { get; set; } = "";

    /// <summary>The login: <c>account:{id}</c> or <c>smtp</c>.</summary>
    public string Login { get; set; } = "";

    /// <summary>The administrator who started it, whose consent the stored tokens then are.</summary>
    public int AdminId { get; set; }

    /// <summary>The PKCE verifier, which only the token request reveals: a code that leaks on the way is of no use without it.</summary>
    public string CodeVerifier { get; set; } = "";

    /// <summary>The redirect URI the authorization request named, which the token request must name again.</summary>
    public string RedirectUri { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}
