using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Users;

/// <summary>Groups and roles.</summary>
public sealed class GroupService(ServiceDeskDbContext db, WriteTransaction transactions) : IGroupService
{
    public async Task<IReadOnlyList<GroupInfo>> ListGroupsAsync(Actor actor, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var groups = await db.Groups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return groups.Select(ToInfo).ToList();
    }

    public async Task<GroupInfo> CreateGroupAsync(Actor actor, GroupCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Name.IsSet)
        {
            throw new ValidationException("name", "A group name is required.");
        }

        var group = new Group();
        Apply(group, command);
        db.Groups.Add(group);
        await SaveGroupAsync(group, cancellationToken);
        return ToInfo(group);
    }

    public async Task<GroupInfo> UpdateGroupAsync(Actor actor, int id, GroupCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw new NotFoundException($"Group {id} was not found.");
        Apply(group, command);
        await SaveGroupAsync(group, cancellationToken);
        return ToInfo(group);
    }

    public async Task<IReadOnlyList<RoleInfo>> ListRolesAsync(Actor actor, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAgent(actor);
        var roles = await Roles().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return roles.Select(ToInfo).ToList();
    }

    public async Task<RoleInfo> CreateRoleAsync(Actor actor, RoleCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Name.IsSet)
        {
            throw new ValidationException("name", "A role name is required.");
        }

        var role = new Role();
        await ApplyAsync(role, command, cancellationToken);
        db.Roles.Add(role);
        await SaveRoleAsync(role, cancellationToken);
        return ToInfo(await Roles().SingleAsync(r => r.Id == role.Id, cancellationToken));
    }

    public async Task<RoleInfo> UpdateRoleAsync(Actor actor, int id, RoleCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var role = await db.Roles.Include(r => r.GroupPermissions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Role {id} was not found.");
        await ApplyAsync(role, command, cancellationToken);
        await SaveRoleAsync(role, cancellationToken);
        return ToInfo(await Roles().SingleAsync(r => r.Id == role.Id, cancellationToken));
    }

    private static void Apply(Group group, GroupCommand command)
    {
        if (command.Name.IsSet)
        {
            group.Name = ValidName(command.Name.Value);
        }

        if (command.Comment.IsSet)
        {
            group.Comment = command.Comment.Value;
        }

        if (command.IsActive.IsSet)
        {
            group.IsActive = command.IsActive.Value;
        }
    }

    private async Task ApplyAsync(Role role, RoleCommand command, CancellationToken cancellationToken)
    {
        if (command.Name.IsSet)
        {
            role.Name = ValidName(command.Name.Value);
        }

        if (command.IsActive.IsSet)
        {
            role.IsActive = command.IsActive.Value;
        }

        if (command.Groups.IsSet)
        {
            var permissions = await GroupPermissions.ResolveAsync(db, command.Groups.Value ?? new Dictionary<string, Permission>(), cancellationToken);
            role.GroupPermissions.Clear();
            role.GroupPermissions.AddRange(permissions.Select(p => new RoleGroupPermission { GroupId = p.GroupId, Permission = p.Permission }));
        }
    }

    private Task SaveGroupAsync(Group group, CancellationToken cancellationToken) =>
        transactions.SaveUniqueAsync(
            db.Groups.AnyAsync(g => g.Name == group.Name && g.Id != group.Id, cancellationToken),
            $"A group named '{group.Name}' exists already.",
            cancellationToken);

    private Task SaveRoleAsync(Role role, CancellationToken cancellationToken) =>
        transactions.SaveUniqueAsync(
            db.Roles.AnyAsync(r => r.Name == role.Name && r.Id != role.Id, cancellationToken),
            $"A role named '{role.Name}' exists already.",
            cancellationToken);

    private IQueryable<Role> Roles() => db.Roles.AsNoTracking().Include(r => r.GroupPermissions).ThenInclude(p => p.Group);

    private static string ValidName(string? name)
    {
        var value = name?.Trim() ?? "";
        return value.Length is > 0 and <= 100 ? value : throw new ValidationException("name", "A name has 1 to 100 characters.");
    }

    private static GroupInfo ToInfo(Group g) => new(g.Id, g.Name, g.Comment, g.IsActive);

    private static RoleInfo ToInfo(Role r) => new(r.Id, r.Name, r.GroupPermissions.ToDictionary(p => p.Group.Name, p => p.Permission), r.IsActive);
}
