using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Users;

/// <summary>Creates an agent, or (in an update) changes the fields that are set.</summary>
public sealed record UserCommand
{
    /// <summary>Login name; required for a new user.</summary>
    public Optional<string> Login { get; init; }

    /// <summary>Email address; required for a new user.</summary>
    public Optional<string> Email { get; init; }

    /// <summary>First name.</summary>
    public Optional<string> FirstName { get; init; }

    /// <summary>Last name.</summary>
    public Optional<string> LastName { get; init; }

    /// <summary>A new password (at least 8 characters); stored only as a hash.</summary>
    public Optional<string> Password { get; init; }

    /// <summary>True makes the user an administrator.</summary>
    public Optional<bool> IsAdmin { get; init; }

    /// <summary>False disables the account.</summary>
    public Optional<bool> IsActive { get; init; }

    /// <summary>UI and mail language, e.g. "ru" or "en".</summary>
    public Optional<string> Language { get; init; }

    /// <summary>IANA time zone.</summary>
    public Optional<string?> TimeZone { get; init; }

    /// <summary>Replaces the direct group permissions: group name → permission.</summary>
    public Optional<IReadOnlyDictionary<string, Permission>> Groups { get; init; }

    /// <summary>Replaces the roles, by name.</summary>
    public Optional<IReadOnlyList<string>> Roles { get; init; }
}
