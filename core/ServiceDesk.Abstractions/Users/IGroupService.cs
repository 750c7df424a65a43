using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Users;

/// <summary>Groups and roles. Only administrators create and change them.</summary>
public interface IGroupService
{
    /// <summary>Lists groups by name.</summary>
    Task<IReadOnlyList<GroupInfo>> ListGroupsAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Creates a group.</summary>
    Task<GroupInfo> CreateGroupAsync(Actor actor, GroupCommand command, CancellationToken cancellationToken);

    /// <summary>Changes the fields of a group that are set.</summary>
    Task<GroupInfo> UpdateGroupAsync(Actor actor, int id, GroupCommand command, CancellationToken cancellationToken);

    /// <summary>Lists roles by name.</summary>
    Task<IReadOnlyList<RoleInfo>> ListRolesAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Creates a role.</summary>
    Task<RoleInfo> CreateRoleAsync(Actor actor, RoleCommand command, CancellationToken cancellationToken);

    /// <summary>Changes the fields of a role that are set.</summary>
    Task<RoleInfo> UpdateRoleAsync(Actor actor, int id, RoleCommand command, CancellationToken cancellationToken);
}
