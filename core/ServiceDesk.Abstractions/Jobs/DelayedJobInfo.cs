namespace ServiceDesk.Abstractions.Jobs;

/// <summary>One scheduled run of a delayed job, as administrators see it.</summary>
/// <param name="Id">The run's id (to start it again after it was given up).</param>
/// <param name="Name">The job's name with its plugin's id.</param>
/// <param name="DueAt">When it was scheduled to run.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttemptAt">When it runs next, unless done or given up.</param>
/// <param name="DoneAt">When it succeeded.</param>
/// <param name="GaveUpAt">When the last attempt failed.</param>
/// <param name="LastError">The error of the last failed attempt.</param>
public sealed record DelayedJobInfo(
    long Id, string Name, DateTimeOffset DueAt, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? DoneAt, DateTimeOffset? GaveUpAt, string? LastError);
