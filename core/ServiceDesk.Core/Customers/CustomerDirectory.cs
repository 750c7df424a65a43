using System.Collections.Concurrent;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Customers;

/// <summary>Finds customer users by email, and registers people who write in for the first time.</summary>
public sealed class CustomerDirectory(ServiceDeskDbContext db, WriteTransaction transactions, CustomerCache cache, TimeProvider clock)
{
    public const int MaxEmailLength = 254;

    /// <summary>The email key: addresses are matched without regard to case.</summary>
    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Checks and trims an email address; throws a field error when it is not one.</summary>
    public static string ValidEmail(string? email, string field)
    {
        var value = email?.Trim() ?? "";
        if (value.Length is 0 or > MaxEmailLength || !MailAddress.TryCreate(value, out var parsed) || parsed.Address != value)
        {
            throw new ValidationException(field, "A valid email address is required, e.g. anna@example.com.");
        }

        return value;
    }

    // Every new ticket looks its customer up when the cache misses: compiled once, the query skips Entity Framework's
    // per-call translation cache lookup. A compiled query serves one model, so one per context type (SQLite's and
    // PostgreSQL's; tests run both in one process).
    private static readonly ConcurrentDictionary<Type, Func<ServiceDeskDbContext, string, CancellationToken, Task<KnownCustomer?>>> ByEmailKey = new();

    public Task<CustomerUser?> FindAsync(string email, CancellationToken cancellationToken) =>
        db.CustomerUsers.SingleOrDefaultAsync(c => c.EmailKey == KeyOf(email), cancellationToken);

    /// <summary>
    /// The customer user with this email, registered now when new. Two requests (or two server nodes) may register the
    /// same person at the same moment: the database's unique key lets one win, and the other takes the winner's row.
    /// The name is kept as written; a missing name stays empty rather than being guessed from the address.
    /// </summary>
    public async Task<KnownCustomer> EnsureAsync(string email, string? displayName, CancellationToken cancellationToken)
    {
        var address = ValidEmail(email, "customer.email");
        var key = KeyOf(address);
        // Inside a caller's unit of work a read may see its uncommitted rows, which a rollback would take back: such
        // reads are not kept.
        var cacheable = !transactions.InProgress;
        if (cacheable && cache.Find(key) is { } cached)
        {
            return cached;
        }

        var version = cache.Version;
        if (await ReadAsync(key, cancellationToken) is { } existing)
        {
            if (cacheable)
            {
                cache.Keep(key, existing, version);
            }

            return existing;
        }

        var (firstName, lastName) = PersonName.Split(displayName);
        var customer = new CustomerUser
        {
            Email = address,
            EmailKey = key,
            FirstName = firstName,
            LastName = lastName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        customer.RefreshSearchKey();
        try
        {
            // Looked up again inside the unit of work: a registration of the same address that is written but not yet
            // committed (on SQLite, in the same group of units) is found there.
            return await transactions.RunAsync(async ct =>
            {
                if (await ReadAsync(key, ct) is { } registered)
                {
                    return registered;
                }

                db.CustomerUsers.Add(customer);
                await db.SaveChangesAsync(ct);
                return new KnownCustomer(customer.Id, customer.Email, customer.CompanyId, customer.PersonalAgentId, customer.FirstName, customer.LastName);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node (or process) registered the address first and has committed it.
            db.Entry(customer).State = EntityState.Detached;
            return await ReadAsync(key, cancellationToken) ?? throw new InvalidOperationException($"Customer {address} could not be registered.");
        }
    }

    /// <summary>
    /// How a message of the customer's is signed: their name as stored, else the name their message gave, else their
    /// email address.
    /// </summary>
    public static string DisplayName(KnownCustomer customer, string? givenName) =>
        PersonName.Join(customer.FirstName, customer.LastName) ?? (string.IsNullOrWhiteSpace(givenName) ? customer.Email : givenName.Trim());

    private Task<KnownCustomer?> ReadAsync(string emailKey, CancellationToken cancellationToken) =>
        ByEmailKey.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery((ServiceDeskDbContext context, string key, CancellationToken _) =>
            context.CustomerUsers
                .Where(c => c.EmailKey == key)
                .Select(c => new KnownCustomer(c.Id, c.Email, c.CompanyId, c.PersonalAgentId, c.FirstName, c.LastName))
                .SingleOrDefault()))(db, emailKey, cancellationToken);
}
