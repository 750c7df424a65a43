namespace ServiceDesk.Core.Domain;

/// <summary>A bundle of group permissions given to many agents at once.</summary>
public sealed class Role
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public List<RoleGroupPermission> GroupPermissions { get; set; } = [];
}
