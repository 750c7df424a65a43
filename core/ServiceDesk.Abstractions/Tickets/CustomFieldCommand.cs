namespace ServiceDesk.Abstractions.Tickets;

/// <summary>Defines a custom field, or (in an update) changes the parts that are set.</summary>
public sealed record CustomFieldCommand
{
    /// <summary>Unique key: lower-case letters, digits and underscores; required for a new field, fixed after.</summary>
    public Optional<string> Name { get; init; }

    /// <summary>What people see.</summary>
    public Optional<string> Label { get; init; }

    /// <summary>The value type; required for a new field, fixed after.</summary>
    public Optional<CustomFieldType> Type { get; init; }

    /// <summary>Allowed values of a dropdown.</summary>
    public Optional<IReadOnlyList<string>> Options { get; init; }

    /// <summary>False retires the field.</summary>
    public Optional<bool> IsActive { get; init; }
}
