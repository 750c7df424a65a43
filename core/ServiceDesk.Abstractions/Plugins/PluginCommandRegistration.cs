namespace ServiceDesk.Abstractions.Plugins;

/// <summary>A plugin's command, as the host's command line finds it.</summary>
/// <param name="PluginId">The plugin: its commands are <c>servicedesk {id} …</c>.</param>
/// <param name="Command">The command.</param>
public sealed record PluginCommandRegistration(string PluginId, PluginCommand Command);
