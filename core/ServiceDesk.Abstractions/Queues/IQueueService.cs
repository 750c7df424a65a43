using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Queues;

/// <summary>Queues. Agents list the queues they may see; only administrators create and change queues.</summary>
public interface IQueueService
{
    /// <summary>Lists the queues the actor may see, by name.</summary>
    Task<IReadOnlyList<QueueInfo>> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Reads one queue.</summary>
    Task<QueueInfo> GetAsync(Actor actor, int id, CancellationToken cancellationToken);

    /// <summary>Creates a queue.</summary>
    Task<QueueInfo> CreateAsync(Actor actor, QueueCommand command, CancellationToken cancellationToken);

    /// <summary>Changes the fields of a queue that are set.</summary>
    Task<QueueInfo> UpdateAsync(Actor actor, int id, QueueCommand command, CancellationToken cancellationToken);
}
