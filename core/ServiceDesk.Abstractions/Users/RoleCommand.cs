using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Users;

/// <summary>Creates a role, or (in an update) changes the fields that are set.</summary>
public sealed record RoleCommand
{
    /// <summary>Unique name; required for a new role.</summary>
    public Optional<string> Name { get; init; }

    /// <summary>Replaces the role's permissions: group name → permission.</summary>
    public Optional<IReadOnlyDictionary<string, Permission>> Groups { get; init; }

    /// <summary>False retires the role.</summary>
    public Optional<bool> IsActive { get; init; }
}
