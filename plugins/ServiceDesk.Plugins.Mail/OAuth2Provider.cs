namespace ServiceDesk.Plugins.Mail;

/// <summary>Whose OAuth2 endpoints a mail login uses.</summary>
public enum OAuth2Provider
{
    /// <summary>Microsoft Entra ID (Microsoft 365, Exchange Online), in the application's tenant.</summary>
    Microsoft,

    /// <summary>Google (Gmail, Google Workspace).</summary>
    Google,

    /// <summary>Any other provider, with its authorization and token endpoints and scopes given.</summary>
    Custom,
}
