namespace ServiceDesk.Abstractions.Jobs;

/// <summary>Schedules delayed jobs; a host service that any plugin's code can take.</summary>
public interface IJobScheduler
{
    /// <summary>Keeps a run of <typeparamref name="TJob"/> with <paramref name="payload"/> for <paramref name="runAt"/>.</summary>
    /// <typeparam name="TJob">A job registered with <see cref="JobServiceCollectionExtensions.AddDelayedJob{TJob, TPayload}"/>.</typeparam>
    /// <typeparam name="TPayload">The job's payload type.</typeparam>
    /// <param name="payload">What the job is given.</param>
    /// <param name="runAt">Not before this time.</param>
    /// <param name="cancellationToken">Cancels the scheduling.</param>
    /// <returns>The scheduled run's id, as administrators see it.</returns>
    Task<long> ScheduleAsync<TJob, TPayload>(TPayload payload, DateTimeOffset runAt, CancellationToken cancellationToken)
        where TJob : class, IDelayedJob<TPayload>;
}
