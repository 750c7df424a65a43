namespace ServiceDesk.Abstractions.Users;

/// <summary>Creates a group, or (in an update) changes the fields that are set.</summary>
public sealed record GroupCommand
{
    /// <summary>Unique name; required for a new group.</summary>
    public Optional<string> Name { get; init; }

    /// <summary>Free text for administrators.</summary>
    public Optional<string?> Comment { get; init; }

    /// <summary>False retires the group.</summary>
    public Optional<bool> IsActive { get; init; }
}
