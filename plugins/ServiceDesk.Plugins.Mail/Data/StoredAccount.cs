namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>
/// A mail account that administrators keep through the API or the CLI. Its settings are a
/// <see cref="MailAccountSettings"/> as JSON, so that a property added to the account needs no migration; its secrets
/// (the settings marked <see cref="SecretAttribute"/>) are kept apart, protected with the host's data protection.
/// </summary>
public sealed class StoredAccount
{
    public const int MaxIdLength = 32;

    /// <summary>The account's <see cref="MailAccountSettings.Id"/>, which never changes: it keys the messages read from it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The settings as JSON, without the secrets.</summary>
    public string Settings { get; set; } = "";

    /// <summary>The secrets as JSON, protected.</summary>
    public string Secrets { get; set; } = "";

    public DateTime ChangedAt { get; set; }
}
