using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Plugins;

/// <summary>Where a plugin stands in this process.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PluginStatus>))]
public enum PluginStatus
{
    /// <summary>Loaded and started: its services, handlers and endpoints are in use.</summary>
    Active,

    /// <summary>Turned off by an administrator; its code is not loaded.</summary>
    Disabled,

    /// <summary>Its manifest, code or start failed; the reason says how. The host runs without it.</summary>
    Failed,

    /// <summary>Built for an SDK version range that this host does not satisfy; its code is not loaded.</summary>
    Incompatible,

    /// <summary>Installed while the service ran: it starts when the service restarts.</summary>
    PendingRestart,
}
