namespace ServiceDesk.Abstractions.Customers;

/// <summary>Creates a customer company, or (in an update) changes the fields that are set.</summary>
public sealed record CustomerCompanyCommand
{
    /// <summary>Unique name; required for a new company.</summary>
    public Optional<string> Name { get; init; }

    /// <summary>Free text for agents.</summary>
    public Optional<string?> Comment { get; init; }

    /// <summary>False disables the company.</summary>
    public Optional<bool> IsActive { get; init; }
}
