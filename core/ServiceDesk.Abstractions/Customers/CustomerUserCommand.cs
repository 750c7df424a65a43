namespace ServiceDesk.Abstractions.Customers;

/// <summary>Creates a customer user, or (in an update) changes the fields that are set.</summary>
public sealed record CustomerUserCommand
{
    /// <summary>Email address; required for a new customer user, unique.</summary>
    public Optional<string> Email { get; init; }

    /// <summary>First name.</summary>
    public Optional<string> FirstName { get; init; }

    /// <summary>Last name.</summary>
    public Optional<string> LastName { get; init; }

    /// <summary>The company; null removes it.</summary>
    public Optional<int?> CompanyId { get; init; }

    /// <summary>The personal agent; null removes it.</summary>
    public Optional<int?> PersonalAgentId { get; init; }

    /// <summary>Language, e.g. "ru" or "en".</summary>
    public Optional<string?> Language { get; init; }

    /// <summary>True lets the customer see the company's tickets.</summary>
    public Optional<bool> CanSeeCompanyTickets { get; init; }

    /// <summary>A portal password (at least 8 characters); stored only as a hash.</summary>
    public Optional<string> Password { get; init; }

    /// <summary>False disables the customer user.</summary>
    public Optional<bool> IsActive { get; init; }
}
