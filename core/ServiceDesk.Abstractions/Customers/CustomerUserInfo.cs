namespace ServiceDesk.Abstractions.Customers;

/// <summary>A customer user: an employee who asks the service desk for help.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Email">Email address; also the portal login.</param>
/// <param name="FirstName">First name as the person writes it.</param>
/// <param name="LastName">Last name as the person writes it.</param>
/// <param name="CompanyId">The customer company, if any.</param>
/// <param name="PersonalAgentId">The agent who gets this customer's requests first, if any.</param>
/// <param name="Language">Language for mails and the portal, e.g. "ru" or "en".</param>
/// <param name="CanSeeCompanyTickets">True when the customer may see all tickets of their company.</param>
/// <param name="IsActive">False when disabled.</param>
public sealed record CustomerUserInfo(
    int Id,
    string Email,
    string FirstName,
    string LastName,
    int? CompanyId,
    int? PersonalAgentId,
    string? Language,
    bool CanSeeCompanyTickets,
    bool IsActive);
