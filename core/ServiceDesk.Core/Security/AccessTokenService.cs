using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Security;

/// <summary>Issues bearer tokens to agents and customers and turns a presented token back into an actor.</summary>
public sealed class AccessTokenService(ServiceDeskDbContext db, WriteTransaction transactions, IMemoryCache cache, TimeProvider clock)
{
    public async Task<string> CreateForUserAsync(string login, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var key = login.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Login == key, cancellationToken)
            ?? throw new NotFoundException($"There is no user '{login}'.");
        return await CreateAsync(new ApiToken { UserId = user.Id }, name, expiresAt, cancellationToken);
    }

    public async Task<string> CreateForCustomerAsync(int customerUserId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if (!await db.CustomerUsers.AnyAsync(c => c.Id == customerUserId, cancellationToken))
        {
            throw new NotFoundException($"There is no customer {customerUserId}.");
        }

        return await CreateAsync(new ApiToken { CustomerUserId = customerUserId }, name, expiresAt, cancellationToken);
    }

    /// <summary>
    /// How long an answer is remembered. Every API request presents its token; looking it up once in a while instead
    /// of every time takes a query off each request, at the price that a disabled account stops working within this time.
    /// </summary>
    public static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(30);

    /// <summary>The actor a token stands for; null when the token is unknown, revoked, expired or its owner disabled.</summary>
    public async Task<Actor?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var hash = AccessTokens.HashOf(token);
        if (cache.TryGetValue<Actor?>("token:" + hash, out var known))
        {
            return known;
        }

        var actor = await LookUpAsync(hash, cancellationToken);
        cache.Set("token:" + hash, actor, CacheTime);
        return actor;
    }

    private async Task<Actor?> LookUpAsync(string hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Select(t => new
            {
                User = db.Users.Where(u => u.Id == t.UserId && u.IsActive).Select(u => new { u.Id, u.Login, u.FirstName, u.LastName, u.IsAdmin }).FirstOrDefault(),
                Customer = db.CustomerUsers.Where(c => c.Id == t.CustomerUserId && c.IsActive).Select(c => new { c.Id, c.Email, c.FirstName, c.LastName }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found?.User is { } user)
        {
            return new Actor(user.IsAdmin ? ActorKind.Admin : ActorKind.Agent, user.Id, PersonName.Join(user.FirstName, user.LastName) ?? user.Login);
        }

        return found?.Customer is { } customer
            ? new Actor(ActorKind.Customer, customer.Id, PersonName.Join(customer.FirstName, customer.LastName) ?? customer.Email)
            : null;
    }

    private async Task<string> CreateAsync(ApiToken row, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var token = AccessTokens.NewToken();
        row.TokenHash = AccessTokens.HashOf(token);
        row.Name = string.IsNullOrWhiteSpace(name) ? "api" : name.Trim();
        row.CreatedAt = clock.GetUtcNow().UtcDateTime;
        row.ExpiresAt = expiresAt?.UtcDateTime;
        db.ApiTokens.Add(row);
        await transactions.SaveChangesAsync(cancellationToken);
        return token;
    }
}
