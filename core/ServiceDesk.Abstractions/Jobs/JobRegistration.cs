namespace ServiceDesk.Abstractions.Jobs;

/// <summary>A job as the host's job runner sees it; made by <see cref="JobServiceCollectionExtensions"/>.</summary>
/// <param name="Name">The job's name with its plugin's id, <c>{plugin}:{name}</c>: unique, and stable across restarts.</param>
/// <param name="JobType">The job's class.</param>
/// <param name="Cron">For a recurring job, its schedule (five fields, or six with seconds first); null for a delayed job.</param>
/// <param name="PayloadType">For a delayed job, the type of its payload; null for a recurring job.</param>
/// <param name="Invoke">Resolves the job from a scope's services and runs it with the payload (null for a recurring job).</param>
public sealed record JobRegistration(
    string Name,
    Type JobType,
    string? Cron,
    Type? PayloadType,
    Func<IServiceProvider, object?, JobContext, CancellationToken, Task> Invoke);
