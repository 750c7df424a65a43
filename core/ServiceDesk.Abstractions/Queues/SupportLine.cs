using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Queues;

/// <summary>Which support line works a queue; escalation goes from first to second to third.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupportLine>))]
public enum SupportLine
{
    /// <summary>First line: takes every request, solves the common ones.</summary>
    First = 1,

    /// <summary>Second line: specialists.</summary>
    Second = 2,

    /// <summary>Third line: developers and vendors.</summary>
    Third = 3,
}
