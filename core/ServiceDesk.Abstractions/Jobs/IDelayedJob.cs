namespace ServiceDesk.Abstractions.Jobs;

/// <summary>
/// A job that runs once, at a time given when it is scheduled (<see cref="IJobScheduler.ScheduleAsync{TJob, TPayload}"/>),
/// with the payload given then. The schedule is kept in the database: a restart loses nothing, and with several
/// nodes only one runs it. A run that throws is retried with growing pauses, then given up and shown to
/// administrators, who may start it again. It may run more than once (after a crash in the middle), so it is written
/// to be safe to repeat.
/// </summary>
/// <typeparam name="TPayload">What the job is given: a record that JSON can carry.</typeparam>
public interface IDelayedJob<in TPayload>
{
    /// <summary>Does the job's work; resolved from a scope of its own.</summary>
    /// <param name="payload">What was given when the job was scheduled.</param>
    /// <param name="context">The run.</param>
    /// <param name="cancellationToken">Cancelled when the host stops; the job then runs again later.</param>
    Task RunAsync(TPayload payload, JobContext context, CancellationToken cancellationToken);
}
