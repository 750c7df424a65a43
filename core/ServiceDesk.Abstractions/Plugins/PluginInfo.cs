namespace ServiceDesk.Abstractions.Plugins;

/// <summary>A plugin found by the host, and how it stands.</summary>
/// <param name="Id">The plugin's id; for a folder whose manifest could not be read, the folder's name.</param>
/// <param name="Name">The display name from the manifest.</param>
/// <param name="Version">The version from the manifest, or an empty string when unreadable.</param>
/// <param name="Status">Whether it runs, and if not, why not.</param>
/// <param name="Reason">Why it does not run; null when <see cref="PluginStatus.Active"/>.</param>
/// <param name="Directory">The absolute path of the plugin's folder.</param>
/// <param name="Pending">What changes for this plugin when the service restarts (installed, upgraded, enabled, disabled,
/// uninstalled since it started); null when nothing does.</param>
public sealed record PluginInfo(string Id, string Name, string Version, PluginStatus Status, string? Reason, string Directory, string? Pending = null);
