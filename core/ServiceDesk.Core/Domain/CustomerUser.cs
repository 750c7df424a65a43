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
}
