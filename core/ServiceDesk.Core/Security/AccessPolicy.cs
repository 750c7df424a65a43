using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Security;

/// <summary>
/// Who may see and do what. Agents act through the permissions of their groups (direct and through roles) on the
/// group each queue belongs to; customers see their own tickets (and their company's, when allowed); administrators
/// and the system see everything. A ticket the actor may not see is reported as not found, so nothing leaks.
/// </summary>
public sealed class AccessPolicy(ServiceDeskDbContext db)
{
    private readonly Dictionary<int, IReadOnlyDictionary<int, Permission>> _cache = [];

    /// <summary>The effective permission per group id of an agent.</summary>
    public async Task<IReadOnlyDictionary<int, Permission>> GroupPermissionsAsync(int userId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var direct = await db.UserGroupPermissions.AsNoTracking()
            .Where(p => p.UserId == userId && p.Group.IsActive)
            .Select(p => new { p.GroupId, p.Permission })
            .ToListAsync(cancellationToken);
        var viaRoles = await db.UserRoles.AsNoTracking()
            .Where(r => r.UserId == userId && r.Role.IsActive)
            .SelectMany(r => r.Role.GroupPermissions)
            .Where(p => p.Group.IsActive)
            .Select(p => new { p.GroupId, p.Permission })
            .ToListAsync(cancellationToken);

        var result = direct.Concat(viaRoles)
            .GroupBy(p => p.GroupId)
            .ToDictionary(g => g.Key, g => g.Aggregate(Permission.None, (all, p) => all | p.Permission));
        _cache[userId] = result;
        return result;
    }

    /// <summary>What the actor may do in the queue.</summary>
    public async Task<Permission> QueuePermissionAsync(Actor actor, Queue queue, CancellationToken cancellationToken)
    {
        if (actor.IsPrivileged)
        {
            return Permission.ReadWrite;
        }

        if (!actor.IsAgent)
        {
            return Permission.None;
        }

        var permissions = await GroupPermissionsAsync(actor.Id, cancellationToken);
        return permissions.GetValueOrDefault(queue.GroupId);
    }

    /// <summary>Throws unless the actor has <paramref name="needed"/> in the queue.</summary>
    public async Task DemandAsync(Actor actor, Queue queue, Permission needed, string action, CancellationToken cancellationToken)
    {
        var granted = await QueuePermissionAsync(actor, queue, cancellationToken);
        if ((granted & needed) != needed)
        {
            throw new ForbiddenException($"You may not {action} in queue '{queue.Name}'.");
        }
    }

    /// <summary>Throws unless the actor is an administrator (or the system).</summary>
    public static void DemandAdmin(Actor actor)
    {
        if (!actor.IsPrivileged)
        {
            throw new ForbiddenException("Only administrators may do this.");
        }
    }

    /// <summary>Throws unless the actor is an agent, an administrator or the system.</summary>
    public static void DemandAgent(Actor actor)
    {
        if (!actor.IsAgent && !actor.IsPrivileged)
        {
            throw new ForbiddenException("Only agents may do this.");
        }
    }

    /// <summary>The ids of queues the actor may see tickets in; null means all.</summary>
    public async Task<IReadOnlyCollection<int>?> VisibleQueueIdsAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsPrivileged)
        {
            return null;
        }

        if (!actor.IsAgent)
        {
            return [];
        }

        var permissions = await GroupPermissionsAsync(actor.Id, cancellationToken);
        var groups = permissions.Where(p => p.Value.HasFlag(Permission.ReadOnly)).Select(p => p.Key).ToList();
        return await db.Queues.AsNoTracking().Where(q => groups.Contains(q.GroupId)).Select(q => q.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The tickets the actor may see, as a query to filter further.</summary>
    public async Task<IQueryable<Ticket>> VisibleTicketsAsync(Actor actor, CancellationToken cancellationToken)
    {
        IQueryable<Ticket> tickets = db.Tickets.AsNoTracking();
        if (actor.IsCustomer)
        {
            var customer = await db.CustomerUsers.AsNoTracking()
                .Where(c => c.Id == actor.Id && c.IsActive)
                .Select(c => new { c.CompanyId, c.CanSeeCompanyTickets })
                .SingleOrDefaultAsync(cancellationToken);
            if (customer is null)
            {
                return tickets.Where(_ => false);
            }

            var companyId = customer.CanSeeCompanyTickets ? customer.CompanyId : null;
            return companyId is null
                ? tickets.Where(t => t.CustomerUserId == actor.Id)
                : tickets.Where(t => t.CustomerUserId == actor.Id || t.CustomerCompanyId == companyId);
        }

        var queueIds = await VisibleQueueIdsAsync(actor, cancellationToken);
        return queueIds is null ? tickets : tickets.Where(t => queueIds.Contains(t.QueueId));
    }

    /// <summary>True when the actor may see the ticket.</summary>
    public async Task<bool> CanSeeAsync(Actor actor, Ticket ticket, CancellationToken cancellationToken)
    {
        if (actor.IsCustomer)
        {
            if (ticket.CustomerUserId == actor.Id)
            {
                return true;
            }

            var customer = await db.CustomerUsers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == actor.Id, cancellationToken);
            return customer is { CanSeeCompanyTickets: true, CompanyId: not null } && customer.CompanyId == ticket.CustomerCompanyId;
        }

        var permission = await QueuePermissionAsync(actor, ticket.Queue, cancellationToken);
        return permission.HasFlag(Permission.ReadOnly);
    }
}
