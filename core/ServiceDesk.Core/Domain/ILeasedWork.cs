namespace ServiceDesk.Core.Domain;

/// <summary>
/// Work that a node claims for a while, runs, and records as finished, or as failed for a later attempt, until it is
/// given up: event deliveries and runs of delayed jobs (see <see cref="Jobs.LeasedWork"/>).
/// </summary>
public interface ILeasedWork
{
    long Id { get; }

    /// <summary>Failed attempts so far.</summary>
    int Attempts { get; }

    /// <summary>Not before this time.</summary>
    DateTime NextAttemptAt { get; }

    /// <summary>The node (process and round) running it now; another may take it over after <see cref="LeaseUntil"/>.</summary>
    Guid? ClaimedBy { get; }

    DateTime? LeaseUntil { get; }

    /// <summary>When it succeeded.</summary>
    DateTime? FinishedAt { get; }

    /// <summary>Set after the last attempt failed; an administrator may start it again.</summary>
    DateTime? GaveUpAt { get; }

    string? LastError { get; }
}
