namespace ServiceDesk.Core.Plugins;

/// <summary>A plugin's manifest is missing or wrong; the message lists every problem found.</summary>
public sealed class PluginManifestException(string message) : Exception(message);
