using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// The queues and agents that filters name, looked up in the core once per scope (a run of the poll job, a request) and
/// only when a filter names one.
/// </summary>
public sealed class FilterReferences(IQueueService queues, IUserService users)
{
    private IReadOnlyList<QueueInfo>? _queues;

    private IReadOnlyList<UserInfo>? _users;

    /// <summary>The active queue of that full name, or null.</summary>
    public async Task<QueueInfo?> QueueAsync(string name, CancellationToken cancellationToken)
    {
        _queues ??= await queues.ListAsync(Actor.System, cancellationToken);
        return _queues.FirstOrDefault(q => q.IsActive && string.Equals(q.Name, name.Trim(), StringComparison.Ordinal));
    }

    /// <summary>The active agent with that login (without regard to case), or null.</summary>
    public async Task<UserInfo?> AgentAsync(string login, CancellationToken cancellationToken)
    {
        _users ??= await users.ListAsync(Actor.System, cancellationToken);
        return _users.FirstOrDefault(u => u.IsActive && string.Equals(u.Login, login.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
