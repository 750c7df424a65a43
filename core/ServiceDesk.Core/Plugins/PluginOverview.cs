using Microsoft.Extensions.Configuration;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// The plugins as this process runs them, with what an administrator changed since it started: a running service shows
/// each change as pending until it restarts, and a plugin installed meanwhile as <see cref="PluginStatus.PendingRestart"/>.
/// </summary>
public sealed class PluginOverview(PluginRegistry registry, PluginInstaller installer, IConfiguration configuration)
{
    /// <summary>The plugins this process runs, each with what changes at the next start.</summary>
    public IReadOnlyList<PluginInfo> List() => List(registry.Plugins);

    /// <summary>The plugins as <paramref name="running"/> says they run (as the service last started them, for the CLI), each with what changes at the next start.</summary>
    public IReadOnlyList<PluginInfo> List(IReadOnlyList<PluginInfo> running)
    {
        var state = installer.Store.Load();
        var present = installer.Present(state);
        var plugins = running.Select(p => p with { Pending = PendingOf(p, present.GetValueOrDefault(p.Id), state) }).ToList();
        plugins.AddRange(present.Values
            .Where(p => plugins.All(running => running.Id != p.Manifest.Id))
            .Select(p => new PluginInfo(p.Manifest.Id, p.Manifest.Name, p.Manifest.Version.ToString(), PluginStatus.PendingRestart, null, p.Directory,
                DisabledNext(state, p.Manifest.Id) ? "Installed, and disabled: does not start when the service restarts." : "Installed: starts when the service restarts.")));
        return plugins.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    private string? PendingOf(PluginInfo running, PresentPlugin? next, PluginState state)
    {
        if (running.Version.Length == 0)
        {
            // Its manifest could not be read: there is nothing to compare.
            return null;
        }

        if (next is null)
        {
            return "Uninstalled: its files are removed when the service restarts.";
        }

        if (next.Manifest.Version.ToString() != running.Version)
        {
            return $"Version {next.Manifest.Version} starts when the service restarts.";
        }

        return (DisabledNext(state, running.Id), running.Status) switch
        {
            (true, PluginStatus.Active) => "Disabled: stops when the service restarts.",
            (false, PluginStatus.Disabled) => "Enabled: starts when the service restarts.",
            _ => null,
        };
    }

    private bool DisabledNext(PluginState state, string id) =>
        state.Disabled.Contains(id) || PluginBootstrapper.DisabledInConfiguration(configuration, id);
}
