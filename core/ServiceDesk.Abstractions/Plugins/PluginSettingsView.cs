namespace ServiceDesk.Abstractions.Plugins;

/// <summary>A plugin's settings as administrators see them; secrets (keys naming a password, secret, token or key) are masked.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Values">The settings this process runs with, from every source.</param>
/// <param name="Edited">What administrators set, which the next start reads (environment variables and the command line still override it).</param>
public sealed record PluginSettingsView(string PluginId, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Edited);
