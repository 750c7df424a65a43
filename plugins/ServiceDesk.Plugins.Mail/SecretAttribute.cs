namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// Marks a setting whose value is a secret (a password, a client secret). Of an account that administrators keep through
/// the API and the CLI it is kept protected, apart from the other settings, and never answered: the answer says only
/// whether it is set (<c>passwordSet</c>). Marked, not found by its name: <c>TokenUrl</c> and
/// <c>RefreshTokenLifetimeDays</c> say "token" and are no secrets, and an administrator must see them.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
