using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>
/// How a background worker that runs work for plugins polls, retries and holds its claims: the sections
/// "ServiceDesk:Events" (event deliveries to handlers) and "ServiceDesk:Jobs" (durable jobs).
/// </summary>
public sealed class WorkerOptions
{
    /// <summary>How often the worker looks for new and due work when it has nothing to do.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 1_000;

    /// <summary>The pause after the first failure; each further failure doubles it, up to an hour.</summary>
    [Range(0.01, 3_600)]
    public double FirstRetrySeconds { get; set; } = 10;

    /// <summary>Attempts before the work is given up and left for an administrator.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a worker may take for one piece of work before another node (or this one after a restart) takes it
    /// over: work still running then may run twice. A recurring job's run renews its claim every third of this while it
    /// works, so it may run longer; a crashed node's run is taken over at most this long after the crash (a node that
    /// stops gracefully gives its unfinished claims back at once).
    /// </summary>
    [Range(1, 86_400)]
    public int LeaseSeconds { get; set; } = 300;
}
