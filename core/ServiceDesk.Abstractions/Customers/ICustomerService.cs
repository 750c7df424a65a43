using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Customers;

/// <summary>Customer users and companies. Agents read and create them; administrators also change them.</summary>
public interface ICustomerService
{
    /// <summary>Searches customer users by email or name (all when <paramref name="text"/> is empty).</summary>
    Task<PagedResult<CustomerUserInfo>> SearchUsersAsync(Actor actor, string? text, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Reads one customer user.</summary>
    Task<CustomerUserInfo> GetUserAsync(Actor actor, int id, CancellationToken cancellationToken);

    /// <summary>Finds a customer user by email, case-insensitively.</summary>
    Task<CustomerUserInfo?> FindUserByEmailAsync(Actor actor, string email, CancellationToken cancellationToken);

    /// <summary>Creates a customer user.</summary>
    Task<CustomerUserInfo> CreateUserAsync(Actor actor, CustomerUserCommand command, CancellationToken cancellationToken);

    /// <summary>Changes the fields of a customer user that are set.</summary>
    Task<CustomerUserInfo> UpdateUserAsync(Actor actor, int id, CustomerUserCommand command, CancellationToken cancellationToken);

    /// <summary>Lists companies by name.</summary>
    Task<IReadOnlyList<CustomerCompanyInfo>> ListCompaniesAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Creates a company.</summary>
    Task<CustomerCompanyInfo> CreateCompanyAsync(Actor actor, CustomerCompanyCommand command, CancellationToken cancellationToken);

    /// <summary>Changes the fields of a company that are set.</summary>
    Task<CustomerCompanyInfo> UpdateCompanyAsync(Actor actor, int id, CustomerCompanyCommand command, CancellationToken cancellationToken);
}
