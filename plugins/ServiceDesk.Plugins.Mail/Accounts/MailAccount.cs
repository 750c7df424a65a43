namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>A mail account as the service has it: from the configuration, or stored by administrators.</summary>
/// <param name="Settings">Its settings, with its secrets.</param>
/// <param name="FromConfiguration">True for one of <see cref="MailSettings.Accounts"/>, which the API and the CLI only show.</param>
/// <param name="ChangedAt">When administrators last saved it; null for one from the configuration.</param>
/// <param name="NotRead">Why the poll job does not read it (disabled, say); null when it does.</param>
public sealed record MailAccount(MailAccountSettings Settings, bool FromConfiguration, DateTime? ChangedAt, string? NotRead);
