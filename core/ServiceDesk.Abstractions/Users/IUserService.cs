using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Users;

/// <summary>Agents and administrators. Agents may read users; only administrators create and change them.</summary>
public interface IUserService
{
    /// <summary>Lists all users by login.</summary>
    Task<IReadOnlyList<UserInfo>> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Reads one user.</summary>
    Task<UserInfo> GetAsync(Actor actor, int id, CancellationToken cancellationToken);

    /// <summary>Creates a user.</summary>
    Task<UserInfo> CreateAsync(Actor actor, UserCommand command, CancellationToken cancellationToken);

    /// <summary>Changes the fields of a user that are set.</summary>
    Task<UserInfo> UpdateAsync(Actor actor, int id, UserCommand command, CancellationToken cancellationToken);
}
