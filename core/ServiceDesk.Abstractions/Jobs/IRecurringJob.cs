namespace ServiceDesk.Abstractions.Jobs;

/// <summary>
/// A job that runs on a cron schedule (registered with <see cref="JobServiceCollectionExtensions.AddRecurringJob{TJob}"/>).
/// Each occurrence runs once, on one node, even when several nodes serve; occurrences missed while no node ran are
/// made up by one run. A run that throws is retried, sooner than the next occurrence, and its error shown to
/// administrators.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Does the job's work; resolved from a scope of its own.</summary>
    /// <param name="context">The run.</param>
    /// <param name="cancellationToken">Cancelled when the host stops; the run is then made again later.</param>
    Task RunAsync(JobContext context, CancellationToken cancellationToken);
}
