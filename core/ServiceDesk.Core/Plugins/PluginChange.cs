namespace ServiceDesk.Core.Plugins;

/// <summary>A change to the plugins that an administrator made, and what it means, in a sentence for the CLI and the API.</summary>
public sealed record PluginChange(string Id, string Version, string Message);
