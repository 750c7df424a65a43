namespace ServiceDesk.Abstractions.Plugins;

/// <summary>A plugin's settings are missing or wrong; the message names the section and every problem.</summary>
/// <param name="message">What is wrong, for administrators.</param>
public sealed class PluginSettingsException(string message) : Exception(message);
