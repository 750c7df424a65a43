using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Users;

/// <summary>Agents and administrators, with their direct group permissions and roles.</summary>
public sealed partial class UserService(ServiceDeskDbContext db, WriteTransaction transactions, TimeProvider clock) : IUserService
{
    public const int MinPasswordLength = 8;

    public async Task<IReadOnlyList<UserInfo>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var users = await Query().OrderBy(u => u.Login).ToListAsync(cancellationToken);
        return users.Select(ToInfo).ToList();
    }

    public async Task<UserInfo> GetAsync(Actor actor, int id, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        return ToInfo(await LoadAsync(id, cancellationToken));
    }

    public async Task<UserInfo> CreateAsync(Actor actor, UserCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Login.IsSet || !command.Email.IsSet)
        {
            throw new ValidationException(command.Login.IsSet ? "email" : "login", "Login and email are required.");
        }

        var user = new User { CreatedAt = clock.GetUtcNow().UtcDateTime };
        await ApplyAsync(user, command, cancellationToken);
        db.Users.Add(user);
        await SaveAsync(user, cancellationToken);
        return ToInfo(await LoadAsync(user.Id, cancellationToken));
    }

    public async Task<UserInfo> UpdateAsync(Actor actor, int id, UserCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var user = await db.Users.Include(u => u.GroupPermissions).Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException($"User {id} was not found.");
        await ApplyAsync(user, command, cancellationToken);
        await SaveAsync(user, cancellationToken);
        return ToInfo(await LoadAsync(user.Id, cancellationToken));
    }

    /// <summary>Checks a password for the CLI and the web sign-in; null when the login or password is wrong.</summary>
    public async Task<User?> AuthenticateAsync(string login, string password, CancellationToken cancellationToken)
    {
        var key = login.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Login == key && u.IsActive, cancellationToken);
        return user is not null && PasswordHasher.Verify(password, user.PasswordHash) ? user : null;
    }

    public static string ValidPassword(string? password)
    {
        return password is { Length: >= MinPasswordLength }
            ? password
            : throw new ValidationException("password", $"A password has at least {MinPasswordLength} characters.");
    }

    private async Task ApplyAsync(User user, UserCommand command, CancellationToken cancellationToken)
    {
        if (command.Login.IsSet)
        {
            var login = command.Login.Value?.Trim().ToLowerInvariant() ?? "";
            user.Login = LoginPattern().IsMatch(login)
                ? login
                : throw new ValidationException("login", "A login is 1 to 100 letters, digits, dots, dashes, underscores or @.");
        }

        if (command.Email.IsSet)
        {
            user.Email = CustomerDirectory.ValidEmail(command.Email.Value, "email");
        }

        if (command.FirstName.IsSet)
        {
            user.FirstName = ValidName(command.FirstName.Value, "firstName");
        }

        if (command.LastName.IsSet)
        {
            user.LastName = ValidName(command.LastName.Value, "lastName");
        }

        if (command.Password.IsSet)
        {
            user.PasswordHash = PasswordHasher.Hash(ValidPassword(command.Password.Value));
        }

        if (command.IsAdmin.IsSet)
        {
            user.IsAdmin = command.IsAdmin.Value;
        }

        if (command.IsActive.IsSet)
        {
            user.IsActive = command.IsActive.Value;
        }

        if (command.Language.IsSet)
        {
            user.Language = string.IsNullOrWhiteSpace(command.Language.Value) ? "en" : command.Language.Value.Trim();
        }

        if (command.TimeZone.IsSet)
        {
            user.TimeZone = ValidTimeZone(command.TimeZone.Value);
        }

        if (command.Groups.IsSet)
        {
            var permissions = await GroupPermissions.ResolveAsync(db, command.Groups.Value ?? new Dictionary<string, Permission>(), cancellationToken);
            user.GroupPermissions.Clear();
            user.GroupPermissions.AddRange(permissions.Select(p => new UserGroupPermission { GroupId = p.GroupId, Permission = p.Permission }));
        }

        if (command.Roles.IsSet)
        {
            var names = command.Roles.Value ?? [];
            var roles = await db.Roles.Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken);
            var unknown = names.FirstOrDefault(n => roles.All(r => r.Name != n));
            if (unknown is not null)
            {
                throw new UnprocessableException("roles", $"There is no role '{unknown}'.");
            }

            user.Roles.Clear();
            user.Roles.AddRange(roles.Select(r => new UserRole { RoleId = r.Id }));
        }
    }

    private Task SaveAsync(User user, CancellationToken cancellationToken) =>
        transactions.SaveUniqueAsync(
            db.Users.AnyAsync(u => u.Login == user.Login && u.Id != user.Id, cancellationToken),
            $"The login '{user.Login}' is taken.",
            cancellationToken);

    private IQueryable<User> Query() => db.Users.AsNoTracking()
        .Include(u => u.GroupPermissions).ThenInclude(p => p.Group)
        .Include(u => u.Roles).ThenInclude(r => r.Role)
        .AsSplitQuery();

    private async Task<User> LoadAsync(int id, CancellationToken cancellationToken) =>
        await Query().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException($"User {id} was not found.");

    internal static string ValidName(string? name, string field)
    {
        var value = name?.Trim() ?? "";
        return value.Length <= 100 ? value : throw new ValidationException(field, "A name has at most 100 characters.");
    }

    private static string? ValidTimeZone(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out _)
            ? timeZone.Trim()
            : throw new ValidationException("timeZone", "An IANA time zone is expected, e.g. Europe/Moscow.");
    }

    private static UserInfo ToInfo(User u) => new(
        u.Id, u.Login, u.Email, u.FirstName, u.LastName, u.IsAdmin, u.IsActive, u.Language, u.TimeZone,
        u.GroupPermissions.ToDictionary(p => p.Group.Name, p => p.Permission),
        u.Roles.Select(r => r.Role.Name).Order(StringComparer.Ordinal).ToList());

    [GeneratedRegex(@"^[a-z0-9._@-]{1,100}$")]
    private static partial Regex LoginPattern();
}
