namespace ServiceDesk.Core.Domain;

/// <summary>An agent or administrator.</summary>
public sealed class User
{
    public int Id { get; set; }

    public string Login { get; set; } = "";

    public string Email { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? PasswordHash { get; set; }

    public bool IsAdmin { get; set; }

    public bool IsActive { get; set; } = true;

    public string Language { get; set; } = "en";

    public string? TimeZone { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<UserGroupPermission> GroupPermissions { get; set; } = [];

    public List<UserRole> Roles { get; set; } = [];
}
