using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Users;

/// <summary>A role bundles group permissions so that many agents get them at once ("1st line", "network team").</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Name">Unique name.</param>
/// <param name="Groups">Permissions by group name.</param>
/// <param name="IsActive">False when retired.</param>
public sealed record RoleInfo(int Id, string Name, IReadOnlyDictionary<string, Permission> Groups, bool IsActive);
