namespace ServiceDesk.Abstractions.Jobs;

/// <summary>A recurring job as administrators see it.</summary>
/// <param name="Name">The job's name with its plugin's id.</param>
/// <param name="Cron">Its schedule, in UTC.</param>
/// <param name="NextRunAt">When it runs next.</param>
/// <param name="LastRunAt">When it last ran.</param>
/// <param name="Failures">Failed runs in a row; 0 after a run that succeeded.</param>
/// <param name="LastError">The error of the last run, when it failed.</param>
/// <param name="Running">Whether a node is running it now.</param>
/// <param name="Registered">Whether this node has the job (its plugin active); others wait for a node that has.</param>
public sealed record RecurringJobInfo(
    string Name, string Cron, DateTimeOffset NextRunAt, DateTimeOffset? LastRunAt, int Failures, string? LastError, bool Running, bool Registered);
