using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>A start of the service and the plugins as it ran them, as <see cref="PluginStartRecord"/> keeps it.</summary>
public sealed record PluginStart(DateTimeOffset StartedAt, IReadOnlyList<PluginInfo> Plugins);
