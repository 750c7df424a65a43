using Microsoft.Extensions.Configuration;

namespace ServiceDesk.Abstractions.Plugins;

/// <summary>How a plugin's settings are checked; made by <see cref="PluginSettingsServiceCollectionExtensions.AddPluginSettings{TSettings}"/>.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Check">Checks a settings section; returns every problem, none when the settings are good.</param>
public sealed record PluginSettingsRegistration(string PluginId, Func<IConfiguration, IReadOnlyList<string>> Check);
