using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Core.Domain;

/// <summary>What a role allows in a group.</summary>
public sealed class RoleGroupPermission
{
    public int RoleId { get; set; }

    public int GroupId { get; set; }

    public Group Group { get; set; } = null!;

    public Permission Permission { get; set; }
}
