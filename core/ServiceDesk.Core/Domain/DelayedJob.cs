namespace ServiceDesk.Core.Domain;

/// <summary>One scheduled run of a delayed job: pending, done, or given up after failures.</summary>
public sealed class DelayedJob : ILeasedWork
{
    public long Id { get; set; }

    /// <summary>The job's name with its plugin's id.</summary>
    public string Name { get; set; } = "";

    /// <summary>The payload as JSON.</summary>
    public string Payload { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When it was scheduled to run.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>Not before this time: <see cref="DueAt"/>, later after failures.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The node (process and round) running it now; another may take it over after <see cref="LeaseUntil"/>.</summary>
    public Guid? ClaimedBy { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>When the job succeeded (the column DoneAt).</summary>
    public DateTime? FinishedAt { get; set; }

    /// <summary>Set after the last attempt failed; an administrator may start it again.</summary>
    public DateTime? GaveUpAt { get; set; }

    public string? LastError { get; set; }
}
