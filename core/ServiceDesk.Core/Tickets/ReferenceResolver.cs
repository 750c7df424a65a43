using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Finds what a command names: a name that does not exist is an unprocessable request (422), not a malformed one.
/// </summary>
public sealed class ReferenceResolver(ServiceDeskDbContext db, ReferenceCache cache)
{
    /// <summary>The active queue, tracked by this context: to be changed, or referred to by a tracked ticket.</summary>
    public async Task<Queue> QueueAsync(string? name, int? id, string field, CancellationToken cancellationToken)
    {
        // Values are computed outside the query: a method call inside it would be compiled anew on every execution.
        var queueName = QueueName(name, id, field);
        var queue = id is { } queueId
            ? await db.Queues.SingleOrDefaultAsync(q => q.Id == queueId, cancellationToken)
            : await db.Queues.SingleOrDefaultAsync(q => q.Name == queueName, cancellationToken);
        return Active(queue, name, id, field);
    }

    /// <summary>The active queue as kept in memory (<see cref="ReferenceCache"/>): shared and read-only.</summary>
    public async Task<Queue> SharedQueueAsync(string? name, int? id, string field, CancellationToken cancellationToken) =>
        Active(await cache.QueueAsync(db, QueueName(name, id, field), id, cancellationToken), name, id, field);

    /// <summary>The active state, tracked by this context.</summary>
    public async Task<TicketState> StateAsync(string name, string field, CancellationToken cancellationToken)
    {
        var stateName = name.Trim();
        return Active(await db.States.SingleOrDefaultAsync(s => s.Name == stateName, cancellationToken), name, field);
    }

    /// <summary>The active state as kept in memory (<see cref="ReferenceCache"/>): shared and read-only.</summary>
    public async Task<TicketState> SharedStateAsync(string name, string field, CancellationToken cancellationToken) =>
        Active(await cache.StateAsync(db, name.Trim(), cancellationToken), name, field);

    public async Task<User> AgentAsync(int id, string field, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is { IsActive: true }
            ? user
            : throw new UnprocessableException(field, $"There is no active agent with id {id}.");
    }

    public async Task<IReadOnlyDictionary<string, CustomField>> FieldsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, CustomField>();
        }

        var fields = await db.CustomFields.Where(f => wanted.Contains(f.Name) && f.IsActive).ToDictionaryAsync(f => f.Name, cancellationToken);
        var unknown = wanted.FirstOrDefault(n => !fields.ContainsKey(n));
        return unknown is null
            ? fields
            : throw new UnprocessableException($"fields.{unknown}", $"There is no active custom field '{unknown}'.");
    }

    private static string? QueueName(string? name, int? id, string field) =>
        string.IsNullOrWhiteSpace(name) && id is null
            ? throw new ValidationException(field, "A queue is required.")
            : name?.Trim();

    private static Queue Active(Queue? queue, string? name, int? id, string field) =>
        queue is { IsActive: true }
            ? queue
            : throw new UnprocessableException(field, $"There is no active queue '{(object?)name ?? id}'.");

    private static TicketState Active(TicketState? state, string name, string field) =>
        state is { IsActive: true }
            ? state
            : throw new UnprocessableException(field, $"There is no active state '{name}'.");
}
