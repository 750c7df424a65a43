namespace ServiceDesk.Core.Domain;

/// <summary>A bearer token; only its SHA-256 is stored, so a leaked database does not leak tokens.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public string TokenHash { get; set; } = "";

    public string Name { get; set; } = "";

    public int? UserId { get; set; }

    public int? CustomerUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
