namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// The channels the core knows. A channel is a free-form lower-case name so that plugins can add their own
/// (a messenger plugin adds "telegram", say) without a change to the core.
/// </summary>
public static class ArticleChannels
{
    /// <summary>Email, in or out.</summary>
    public const string Email = "email";

    /// <summary>The web interface (agent workspace or customer portal).</summary>
    public const string Web = "web";

    /// <summary>A phone call written down by an agent.</summary>
    public const string Phone = "phone";

    /// <summary>An internal note.</summary>
    public const string Note = "note";

    /// <summary>The REST API.</summary>
    public const string Api = "api";
}
