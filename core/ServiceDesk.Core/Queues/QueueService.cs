using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Queues;

/// <summary>Queues: hierarchical by name ("IT::Network" lives under "IT"), each owned by a group.</summary>
public sealed class QueueService(ServiceDeskDbContext db, AccessPolicy access, WriteTransaction transactions, ReferenceCache references) : IQueueService
{
    public const string Separator = "::";
    public const string DefaultGroup = "users";

    public async Task<IReadOnlyList<QueueInfo>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var queues = db.Queues.AsNoTracking().Include(q => q.Group).AsQueryable();
        if (!actor.IsCustomer)
        {
            var visible = await access.VisibleQueueIdsAsync(actor, cancellationToken);
            if (visible is not null)
            {
                queues = queues.Where(q => visible.Contains(q.Id));
            }
        }
        else
        {
            // Customers choose among active queues when they open a request, and see no more than that.
            queues = queues.Where(q => q.IsActive);
        }

        var list = await queues.OrderBy(q => q.Name).ToListAsync(cancellationToken);
        return list.Select(ToInfo).ToList();
    }

    public async Task<QueueInfo> GetAsync(Actor actor, int id, CancellationToken cancellationToken)
    {
        var queues = await ListAsync(actor, cancellationToken);
        return queues.SingleOrDefault(q => q.Id == id) ?? throw new NotFoundException($"Queue {id} was not found.");
    }

    public async Task<QueueInfo> CreateAsync(Actor actor, QueueCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        if (!command.Name.IsSet)
        {
            throw new ValidationException("name", "A queue name is required.");
        }

        var queue = new Queue();
        await ApplyAsync(queue, command with { Group = command.Group.IsSet ? command.Group : DefaultGroup }, cancellationToken);
        db.Queues.Add(queue);
        await SaveAsync(queue, cancellationToken);
        return ToInfo(queue);
    }

    public async Task<QueueInfo> UpdateAsync(Actor actor, int id, QueueCommand command, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var queue = await db.Queues.Include(q => q.Group).SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Queue {id} was not found.");
        var oldName = queue.Name;
        await ApplyAsync(queue, command, cancellationToken);
        if (oldName != queue.Name)
        {
            // Sub-queues keep their place under the renamed queue.
            var children = await db.Queues.Where(q => q.Name.StartsWith(oldName + Separator)).ToListAsync(cancellationToken);
            children.ForEach(c => c.Name = queue.Name + c.Name[oldName.Length..]);
        }

        await SaveAsync(queue, cancellationToken);
        return ToInfo(queue);
    }

    private async Task ApplyAsync(Queue queue, QueueCommand command, CancellationToken cancellationToken)
    {
        if (command.Name.IsSet)
        {
            queue.Name = ValidName(command.Name.Value);
            var separator = queue.Name.LastIndexOf(Separator, StringComparison.Ordinal);
            var parentName = separator < 0 ? null : queue.Name[..separator];
            queue.ParentId = parentName is null
                ? null
                : (await db.Queues.SingleOrDefaultAsync(q => q.Name == parentName, cancellationToken))?.Id
                    ?? throw new UnprocessableException("name", $"The parent queue '{parentName}' does not exist.");
        }

        if (command.Group.IsSet)
        {
            queue.Group = await db.Groups.SingleOrDefaultAsync(g => g.Name == command.Group.Value, cancellationToken)
                ?? throw new UnprocessableException("group", $"There is no group '{command.Group.Value}'.");
        }

        if (command.SupportLine.IsSet)
        {
            queue.SupportLine = Enum.IsDefined(command.SupportLine.Value)
                ? command.SupportLine.Value
                : throw new ValidationException("supportLine", "The support line is First, Second or Third.");
        }

        if (command.DefaultPriority.IsSet)
        {
            queue.DefaultPriority = Enum.IsDefined(command.DefaultPriority.Value)
                ? command.DefaultPriority.Value
                : throw new ValidationException("defaultPriority", "Priority must be from 1 (very low) to 5 (very high).");
        }

        if (command.FollowUpPolicy.IsSet)
        {
            queue.FollowUpPolicy = Enum.IsDefined(command.FollowUpPolicy.Value)
                ? command.FollowUpPolicy.Value
                : throw new ValidationException("followUpPolicy", "The follow-up policy is Reopen, NewTicket or Reject.");
        }

        if (command.SalutationId.IsSet)
        {
            queue.SalutationId = command.SalutationId.Value;
        }

        if (command.SignatureId.IsSet)
        {
            queue.SignatureId = command.SignatureId.Value;
        }

        if (command.SystemAddressId.IsSet)
        {
            queue.SystemAddressId = command.SystemAddressId.Value;
        }

        if (command.Comment.IsSet)
        {
            queue.Comment = command.Comment.Value;
        }

        if (command.IsActive.IsSet)
        {
            queue.IsActive = command.IsActive.Value;
        }
    }

    private async Task SaveAsync(Queue queue, CancellationToken cancellationToken)
    {
        await transactions.SaveUniqueAsync(
            db.Queues.AnyAsync(q => q.Name == queue.Name && q.Id != queue.Id, cancellationToken),
            $"A queue named '{queue.Name}' exists already.",
            cancellationToken);
        references.Invalidate();
    }

    private static string ValidName(string? name)
    {
        var parts = (name ?? "").Split(Separator).Select(p => p.Trim()).ToList();
        if (parts.Any(p => p.Length == 0))
        {
            throw new ValidationException("name", "A queue name is required, with no empty part between '::'.");
        }

        var full = string.Join(Separator, parts);
        return full.Length <= 200 ? full : throw new ValidationException("name", "A queue name has at most 200 characters.");
    }

    public static QueueInfo ToInfo(Queue q) => new(
        q.Id, q.Name, q.ParentId, q.GroupId, q.Group.Name, q.SupportLine, q.DefaultPriority, q.FollowUpPolicy,
        q.SalutationId, q.SignatureId, q.SystemAddressId, q.Comment, q.IsActive);
}
