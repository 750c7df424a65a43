using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Jobs;

/// <summary>Which runs of delayed jobs to list.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DelayedJobState>))]
public enum DelayedJobState
{
    /// <summary>Failed at least once and not done since: being retried, or given up.</summary>
    Failed,

    /// <summary>Not done yet and not given up.</summary>
    Pending,

    /// <summary>Given up after the last attempt; waiting for an administrator.</summary>
    GivenUp,

    /// <summary>Done.</summary>
    Done,
}
