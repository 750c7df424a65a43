using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Customers;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;
using ServiceDesk.Core.Users;

namespace ServiceDesk.Core.Customers;

/// <summary>Customer users and companies. Agents read and register customers; administrators change them.</summary>
public sealed class CustomerService(ServiceDeskDbContext db, CustomerDirectory directory, CustomerCache cache, WriteTransaction transactions, TimeProvider clock) : ICustomerService
{
    public async Task<PagedResult<CustomerUserInfo>> SearchUsersAsync(Actor actor, string? text, PageRequest page, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        if (page.Page < 1 || page.PageSize is < 1 or > PageRequest.MaxPageSize)
        {
            throw new ValidationException("pageSize", $"Pages start at 1 and hold 1 to {PageRequest.MaxPageSize} items.");
        }

        var customers = db.CustomerUsers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var key = text.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.SearchKey.Contains(key));
        }

        var total = await customers.LongCountAsync(cancellationToken);
        var items = await customers.OrderBy(c => c.EmailKey).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<CustomerUserInfo>(items.Select(ToInfo).ToList(), page.Page, page.PageSize, total);
    }

    public async Task<CustomerUserInfo> GetUserAsync(Actor actor, int id, CancellationToken cancellationToken)
    {
        if (!(actor.IsCustomer && actor.Id == id))
        {
            AccessPolicy.DemandAgent(actor);
        }

        return ToInfo(await LoadUserAsync(id, cancellationToken));
    }

    public async Task<CustomerUserInfo?> FindUserByEmailAsync(Actor actor, string email, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var customer = await directory.FindAsync(email, cancellationToken);
        return customer is null ? null : ToInfo(customer);
    }

    public async Task<CustomerUserInfo> CreateUserAsync(Actor actor, CustomerUserCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var customer = new CustomerUser { CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (!command.Email.IsSet)
        {
            throw new ValidationException("email", "An email address is required.");
        }

        await ApplyAsync(customer, command, cancellationToken);
        db.CustomerUsers.Add(customer);
        await SaveUserAsync(customer, cancellationToken);
        return ToInfo(customer);
    }

    public async Task<CustomerUserInfo> UpdateUserAsync(Actor actor, int id, CustomerUserCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var customer = await LoadUserAsync(id, cancellationToken);
        var formerKey = customer.EmailKey;
        await ApplyAsync(customer, command, cancellationToken);
        await SaveUserAsync(customer, cancellationToken);
        cache.Forget(formerKey, customer.EmailKey);
        return ToInfo(customer);
    }

    public async Task<IReadOnlyList<CustomerCompanyInfo>> ListCompaniesAsync(Actor actor, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var companies = await db.CustomerCompanies.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return companies.Select(ToInfo).ToList();
    }

    public async Task<CustomerCompanyInfo> CreateCompanyAsync(Actor actor, CustomerCompanyCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Name.IsSet)
        {
            throw new ValidationException("name", "A company name is required.");
        }

        var company = new CustomerCompany();
        Apply(company, command);
        db.CustomerCompanies.Add(company);
        await SaveCompanyAsync(company, cancellationToken);
        return ToInfo(company);
    }

    public async Task<CustomerCompanyInfo> UpdateCompanyAsync(Actor actor, int id, CustomerCompanyCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var company = await db.CustomerCompanies.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Company {id} was not found.");
        Apply(company, command);
        await SaveCompanyAsync(company, cancellationToken);
        return ToInfo(company);
    }

    private async Task ApplyAsync(CustomerUser customer, CustomerUserCommand command, CancellationToken cancellationToken)
    {
        if (command.Email.IsSet)
        {
            customer.Email = CustomerDirectory.ValidEmail(command.Email.Value, "email");
            customer.EmailKey = CustomerDirectory.KeyOf(customer.Email);
        }

        if (command.FirstName.IsSet)
        {
            customer.FirstName = UserService.ValidName(command.FirstName.Value, "firstName");
        }

        if (command.LastName.IsSet)
        {
            customer.LastName = UserService.ValidName(command.LastName.Value, "lastName");
        }

        if (command.CompanyId.IsSet)
        {
            if (command.CompanyId.Value is { } companyId && !await db.CustomerCompanies.AnyAsync(c => c.Id == companyId, cancellationToken))
            {
                throw new UnprocessableException("companyId", $"There is no company {companyId}.");
            }

            customer.CompanyId = command.CompanyId.Value;
        }

        if (command.PersonalAgentId.IsSet)
        {
            if (command.PersonalAgentId.Value is { } agentId && !await db.Users.AnyAsync(u => u.Id == agentId && u.IsActive, cancellationToken))
            {
                throw new UnprocessableException("personalAgentId", $"There is no active agent {agentId}.");
            }

            customer.PersonalAgentId = command.PersonalAgentId.Value;
        }

        if (command.Language.IsSet)
        {
            customer.Language = string.IsNullOrWhiteSpace(command.Language.Value) ? null : command.Language.Value.Trim();
        }

        if (command.CanSeeCompanyTickets.IsSet)
        {
            customer.CanSeeCompanyTickets = command.CanSeeCompanyTickets.Value;
        }

        if (command.Password.IsSet)
        {
            customer.PasswordHash = PasswordHasher.Hash(UserService.ValidPassword(command.Password.Value));
        }

        if (command.IsActive.IsSet)
        {
            customer.IsActive = command.IsActive.Value;
        }

        customer.RefreshSearchKey();
    }

    private static void Apply(CustomerCompany company, CustomerCompanyCommand command)
    {
        if (command.Name.IsSet)
        {
            var name = command.Name.Value?.Trim() ?? "";
            company.Name = name.Length is > 0 and <= 200 ? name : throw new ValidationException("name", "A company name has 1 to 200 characters.");
        }

        if (command.Comment.IsSet)
        {
            company.Comment = command.Comment.Value;
        }

        if (command.IsActive.IsSet)
        {
            company.IsActive = command.IsActive.Value;
        }
    }

    private Task SaveUserAsync(CustomerUser customer, CancellationToken cancellationToken) =>
        transactions.SaveUniqueAsync(
            db.CustomerUsers.AnyAsync(c => c.EmailKey == customer.EmailKey && c.Id != customer.Id, cancellationToken),
            $"A customer with the email '{customer.Email}' exists already.",
            cancellationToken);

    private Task SaveCompanyAsync(CustomerCompany company, CancellationToken cancellationToken) =>
        transactions.SaveUniqueAsync(
            db.CustomerCompanies.AnyAsync(c => c.Name == company.Name && c.Id != company.Id, cancellationToken),
            $"A company named '{company.Name}' exists already.",
            cancellationToken);

    private async Task<CustomerUser> LoadUserAsync(int id, CancellationToken cancellationToken) =>
        await db.CustomerUsers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException($"Customer {id} was not found.");

    private static CustomerUserInfo ToInfo(CustomerUser c) => new(
        c.Id, c.Email, c.FirstName, c.LastName, c.CompanyId, c.PersonalAgentId, c.Language, c.CanSeeCompanyTickets, c.IsActive);

    private static CustomerCompanyInfo ToInfo(CustomerCompany c) => new(c.Id, c.Name, c.Comment, c.IsActive);
}
