namespace ServiceDesk.Core.Plugins;

/// <summary>A plugin's code could not be loaded or started; the message is the reason administrators see.</summary>
public sealed class PluginLoadException(string message, Exception? inner = null) : Exception(message, inner);
