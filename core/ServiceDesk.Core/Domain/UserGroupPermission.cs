using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Core.Domain;

/// <summary>What an agent may do in a group, granted directly.</summary>
public sealed class UserGroupPermission
{
    public int UserId { get; set; }

    public int GroupId { get; set; }

    public Group Group { get; set; } = null!;

    public Permission Permission { get; set; }
}
