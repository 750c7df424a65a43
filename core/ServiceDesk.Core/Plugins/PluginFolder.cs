namespace ServiceDesk.Core.Plugins;

/// <summary>A folder that should hold a plugin.</summary>
/// <param name="Directory">The absolute path of the folder with <c>plugin.json</c>.</param>
/// <param name="FallbackId">What to call the plugin when its manifest cannot be read: the name of its folder.</param>
public sealed record PluginFolder(string Directory, string FallbackId);
