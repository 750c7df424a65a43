namespace ServiceDesk.Core.Domain;

/// <summary>A recurring job's schedule and last run, shared by all nodes: the row a node claims to run an occurrence.</summary>
public sealed class RecurringJob
{
    /// <summary>The job's name with its plugin's id.</summary>
    public string Name { get; set; } = "";

    public string Cron { get; set; } = "";

    /// <summary>The next run: the next occurrence, or sooner after a failure.</summary>
    public DateTime NextRunAt { get; set; }

    public DateTime? LastRunAt { get; set; }

    /// <summary>Failures in a row; 0 after a run that succeeded.</summary>
    public int Failures { get; set; }

    public string? LastError { get; set; }

    /// <summary>The node (process and round) running it now; another may take it over after <see cref="LeaseUntil"/>.</summary>
    public Guid? ClaimedBy { get; set; }

    public DateTime? LeaseUntil { get; set; }
}
