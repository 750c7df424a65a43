using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk:Events" configuration section: how events are delivered to handlers.</summary>
public sealed class EventOptions
{
    /// <summary>How often the dispatcher looks for new events and due retries when it has nothing to do.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 1_000;

    /// <summary>The pause after a handler's first failure; each further failure doubles it, up to an hour.</summary>
    [Range(0.01, 3_600)]
    public double FirstRetrySeconds { get; set; } = 10;

    /// <summary>Attempts per event and handler before it is given up and left for an administrator.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a dispatcher may take for one delivery before another node (or this one after a restart) takes it
    /// over: a handler still running then may run twice.
    /// </summary>
    [Range(1, 86_400)]
    public int LeaseSeconds { get; set; } = 300;
}
