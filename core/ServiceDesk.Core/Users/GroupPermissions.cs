using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Users;

/// <summary>Resolves "group name → permission" maps from commands to group ids.</summary>
public static class GroupPermissions
{
    public static async Task<IReadOnlyList<(int GroupId, Permission Permission)>> ResolveAsync(
        ServiceDeskDbContext db, IReadOnlyDictionary<string, Permission> byName, CancellationToken cancellationToken)
    {
        var names = byName.Keys.ToList();
        var groups = await db.Groups.Where(g => names.Contains(g.Name)).ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
        var unknown = names.FirstOrDefault(n => !groups.ContainsKey(n));
        if (unknown is not null)
        {
            throw new UnprocessableException("groups", $"There is no group '{unknown}'.");
        }

        var invalid = byName.FirstOrDefault(p => p.Value == Permission.None || (p.Value & ~Permission.ReadWrite) != 0);
        if (invalid.Key is not null)
        {
            throw new ValidationException("groups", $"The permission for group '{invalid.Key}' is not valid.");
        }

        return byName.Select(p => (groups[p.Key], p.Value)).ToList();
    }
}
