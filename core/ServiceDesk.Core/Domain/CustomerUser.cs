namespace ServiceDesk.Core.Domain;

/// <summary>An employee who asks for help.</summary>
public sealed class CustomerUser
{
    public int Id { get; set; }

    /// <summary>The email as the customer writes it.</summary>
    public string Email { get; set; } = "";

    /// <summary>The email lower-cased: the unique key, since addresses differ only in case by accident.</summary>
    public string EmailKey { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public int? CompanyId { get; set; }

    public int? PersonalAgentId { get; set; }

    public string? Language { get; set; }

    public bool CanSeeCompanyTickets { get; set; }

    public string? PasswordHash { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Email and name lower-cased for search. Kept by the application because SQLite's lower() folds only ASCII, and
    /// "Ольга" must be found as "ольга".
    /// </summary>
    public string SearchKey { get; set; } = "";

    public void RefreshSearchKey() => SearchKey = $"{Email} {FirstName} {LastName}".ToLowerInvariant();
}
