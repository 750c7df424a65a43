namespace ServiceDesk.Core.Domain;

/// <summary>A role held by an agent.</summary>
public sealed class UserRole
{
    public int UserId { get; set; }

    public int RoleId { get; set; }

    public Role Role { get; set; } = null!;
}
