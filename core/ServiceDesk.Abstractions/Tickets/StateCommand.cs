namespace ServiceDesk.Abstractions.Tickets;

/// <summary>Creates a state, or (in an update) changes the fields that are set.</summary>
public sealed record StateCommand
{
    /// <summary>Unique name; required for a new state.</summary>
    public Optional<string> Name { get; init; }

    /// <summary>The behaviour; required for a new state and fixed after.</summary>
    public Optional<StateType> Type { get; init; }

    /// <summary>False retires the state.</summary>
    public Optional<bool> IsActive { get; init; }
}
