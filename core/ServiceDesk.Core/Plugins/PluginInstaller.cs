using Microsoft.Extensions.Configuration;
using Semver;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Installs, upgrades, enables, disables and uninstalls plugins for the next start of the service, for the CLI and the
/// admin API alike. Each change is checked in full before anything is written: a refused one throws
/// <see cref="PluginPackageException"/> and changes nothing. Code that runs keeps running until the restart, so
/// nothing that a running service may still load from is deleted here; <see cref="ApplyPendingChanges"/> does that
/// when the service starts.
/// </summary>
public sealed class PluginInstaller(string bundledRoot, string dataPath, PluginPackageOptions packageOptions, IConfiguration configuration)
{
    private const string StagingFolder = ".staging";
    private const string AtRestart = "It takes effect when the service restarts.";

    private string InstalledRoot => PluginDiscovery.InstalledRoot(dataPath);

    public PluginStateStore Store => new(InstalledRoot);

    /// <summary>Installs a plugin that is not there yet, bundled or installed.</summary>
    public Task<PluginChange> InstallAsync(string packagePath, CancellationToken cancellationToken) =>
        AddAsync(packagePath, upgradeOf: null, cancellationToken);

    /// <summary>Installs a newer version of a plugin that is there, bundled or installed.</summary>
    /// <param name="id">The plugin the package must be of; null takes the package's word.</param>
    public Task<PluginChange> UpgradeAsync(string packagePath, string? id, CancellationToken cancellationToken) =>
        AddAsync(packagePath, upgradeOf: id ?? "", cancellationToken);

    /// <summary>
    /// Turns a plugin on or off; a plugin turned off keeps its data. A plugin is not turned on while a plugin it needs is
    /// off or missing, nor off while an enabled plugin needs it.
    /// </summary>
    public Task<PluginChange> SwitchAsync(string id, bool enabled, CancellationToken cancellationToken) =>
        Store.ChangeAsync(state =>
        {
            var present = Present(state);
            var plugin = Present(present, id);
            var disabled = new HashSet<string>(state.Disabled, StringComparer.Ordinal);
            var changed = enabled ? disabled.Remove(id) : disabled.Add(id);
            if (changed && enabled)
            {
                CheckDependencies(plugin.Manifest, state, present);
            }
            else if (changed)
            {
                CheckNoDependents(state, present, id, remainingVersion: null, "disabled");
            }

            var message = (changed, enabled) switch
            {
                (false, true) => $"Plugin '{id}' is enabled already.",
                (false, false) => $"Plugin '{id}' is disabled already.",
                (true, true) => $"Enabled plugin '{id}' {plugin.Manifest.Version}. {AtRestart}",
                (true, false) => $"Disabled plugin '{id}' {plugin.Manifest.Version}; its data is kept. {AtRestart}",
            };
            if (enabled && PluginBootstrapper.DisabledInConfiguration(configuration, id))
            {
                message += $" It stays off while the configuration says {PluginBootstrapper.SettingsSection(id)}:Enabled=false.";
            }

            return Task.FromResult((state with { Disabled = disabled }, new PluginChange(id, plugin.Manifest.Version.ToString(), message)));
        }, cancellationToken);

    /// <summary>Refuses, as <see cref="UninstallAsync"/> would, a plugin that is not there or is bundled.</summary>
    public void CheckUninstallable(string id) => Uninstallable(Store.Load(), id);

    /// <summary>Removes an installed plugin's folders at the next start.</summary>
    /// <param name="purged">Whether its data was removed (by <see cref="PluginRemoval"/>), for the message.</param>
    public Task<PluginChange> UninstallAsync(string id, bool purged, CancellationToken cancellationToken) =>
        Store.ChangeAsync(state =>
        {
            var plugin = Uninstallable(state, id);
            var uninstalled = new HashSet<string>(state.Uninstalled, StringComparer.Ordinal) { id };
            var data = purged ? "its data is removed" : "its data is kept";
            var bundled = Bundled(id);
            var revert = bundled is null ? "" : $" The bundled version {bundled.Manifest.Version} runs again then.";
            var change = new PluginChange(id, plugin.Manifest.Version.ToString(),
                $"Uninstalled plugin '{id}' {plugin.Manifest.Version}; {data}. Its files are removed when the service restarts.{revert}");
            return Task.FromResult((state with { Uninstalled = uninstalled }, change));
        }, cancellationToken);

    /// <summary>
    /// Carries out what waited for a start, before any plugin loads: removes the folders of uninstalled plugins, older
    /// versions of upgraded ones, and unpacked packages left by an interrupted install. Only the service does this at
    /// its start; the CLI leaves the files of a running service alone.
    /// </summary>
    public void ApplyPendingChanges()
    {
        if (!Directory.Exists(InstalledRoot))
        {
            return;
        }

        Store.ChangeAsync(state =>
        {
            foreach (var id in state.Uninstalled)
            {
                DeleteIfPresent(Path.Combine(InstalledRoot, id));
            }

            foreach (var plugin in Directory.GetDirectories(InstalledRoot).Where(d => !Path.GetFileName(d).StartsWith('.')))
            {
                foreach (var older in PluginDiscovery.VersionFolders(plugin).Skip(1))
                {
                    DeleteIfPresent(older);
                }
            }

            DeleteIfPresent(Path.Combine(InstalledRoot, StagingFolder));
            // A plugin installed again after its removal may come from another publisher.
            var publishers = state.Publishers.Where(p => !state.Uninstalled.Contains(p.Key)).ToDictionary(StringComparer.Ordinal);
            return Task.FromResult((state with { Uninstalled = new HashSet<string>(), Publishers = publishers }, true));
        }, CancellationToken.None).GetAwaiter().GetResult(); // Runs while the host is composed, before anything asynchronous can.
    }

    // upgradeOf: null installs; otherwise the id of the plugin to upgrade, or "" for whichever the package is of. The
    // package is checked and unpacked before the lock is taken (it may be large); the lock covers the decision and the
    // move into place, a rename. Of the state, only the publisher of a signed package is recorded.
    private async Task<PluginChange> AddAsync(string packagePath, string? upgradeOf, CancellationToken cancellationToken)
    {
        if (!File.Exists(packagePath))
        {
            throw new PluginPackageException($"There is no package at {Path.GetFullPath(packagePath)}.");
        }

        if (upgradeOf is { Length: > 0 } id)
        {
            Present(Present(Store.Load()), id);
        }

        var staging = Path.Combine(InstalledRoot, StagingFolder, Guid.NewGuid().ToString("N"));
        var package = await new PluginPackageReader(packageOptions, dataPath).UnpackAsync(packagePath, staging, cancellationToken);
        try
        {
            return await Store.ChangeAsync(state =>
            {
                var change = Check(package, state, upgradeOf);
                var target = Path.Combine(InstalledRoot, package.Manifest.Id, package.Manifest.Version.ToString());
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                Directory.Move(staging, target);
                var publishers = state.Publishers.ToDictionary(StringComparer.Ordinal);
                if (package.Publisher is not null)
                {
                    publishers[package.Manifest.Id] = package.Publisher;
                }

                return Task.FromResult((state with { Publishers = publishers }, change));
            }, cancellationToken);
        }
        finally
        {
            DeleteIfPresent(staging);
        }
    }

    // Whether the unpacked package may go in; the change it makes, or a refusal.
    private PluginChange Check(VerifiedPluginPackage package, PluginState state, string? upgradeOf)
    {
        var manifest = package.Manifest;
        var upgrade = upgradeOf is not null;
        if (upgradeOf is { Length: > 0 } && upgradeOf != manifest.Id)
        {
            throw new PluginPackageException($"The package is plugin '{manifest.Id}', not '{upgradeOf}'.");
        }

        var present = Present(state);
        present.TryGetValue(manifest.Id, out var current);
        if (!upgrade && current is not null && current.Manifest.Version.ComparePrecedenceTo(manifest.Version) == 0)
        {
            throw new PluginPackageException($"Plugin '{manifest.Id}' {manifest.Version} is installed already.");
        }

        if (!upgrade && current is not null)
        {
            throw new PluginPackageException($"Plugin '{manifest.Id}' {current.Manifest.Version} is there already; 'servicedesk plugin upgrade' installs version {manifest.Version}.");
        }

        if (upgrade && current is null)
        {
            throw new PluginPackageException($"Plugin '{manifest.Id}' is not installed; 'servicedesk plugin install' installs it.");
        }

        if (current is not null && manifest.Version.ComparePrecedenceTo(current.Manifest.Version) <= 0)
        {
            throw new PluginPackageException($"Version {manifest.Version} of plugin '{manifest.Id}' is not newer than the installed {current.Manifest.Version}.");
        }

        // Its folders go at the next start; a version installed now would go with them, or bring back a newer one.
        if (state.Uninstalled.Contains(manifest.Id))
        {
            throw new PluginPackageException($"Plugin '{manifest.Id}' was uninstalled, and its files go when the service restarts: restart it, then install the plugin again.");
        }

        if (Directory.Exists(Path.Combine(InstalledRoot, manifest.Id, manifest.Version.ToString())))
        {
            throw new PluginPackageException($"Plugin '{manifest.Id}' {manifest.Version} is there already, waiting for the restart.");
        }

        if (!manifest.Sdk.Contains(SdkVersion.Current))
        {
            throw new PluginPackageException($"Plugin '{manifest.Id}' {manifest.Version} is built for SDK {manifest.Sdk}; this service provides SDK {SdkVersion.Current}.");
        }

        if (state.Publishers.TryGetValue(manifest.Id, out var pinned) && package.Publisher != pinned)
        {
            var found = package.Publisher is null ? "this package is not signed by a trusted publisher" : $"this package is signed by '{package.Publisher}'";
            throw new PluginPackageException(
                $"Plugin '{manifest.Id}' was installed signed by '{pinned}', and {found}: only that publisher's packages replace it.");
        }

        CheckDependencies(manifest, state, present);
        if (upgrade)
        {
            CheckNoDependents(state, present, manifest.Id, manifest.Version, $"upgraded to {manifest.Version}");
        }

        var signed = package.Publisher is null ? "unsigned" : $"signed by {package.Publisher}";
        var verb = upgrade ? $"Upgraded plugin '{manifest.Id}' from {current!.Manifest.Version} to {manifest.Version}" : $"Installed plugin '{manifest.Id}' {manifest.Version}";
        var disabled = state.Disabled.Contains(manifest.Id) ? $" It is disabled; 'servicedesk plugin enable {manifest.Id}' turns it on." : "";
        return new PluginChange(manifest.Id, manifest.Version.ToString(), $"{verb} ({signed}). {AtRestart}{disabled}");
    }

    /// <summary>The plugins the next start would load, by id.</summary>
    public IReadOnlyDictionary<string, PresentPlugin> Present(PluginState state) => PresentPlugin.Find(bundledRoot, InstalledRoot, state);

    // A plugin does not start without the plugins it needs, each enabled and at a version in its range.
    private void CheckDependencies(PluginManifest manifest, PluginState state, IReadOnlyDictionary<string, PresentPlugin> present)
    {
        foreach (var (dependencyId, range) in manifest.DependsOn)
        {
            var why = present.TryGetValue(dependencyId, out var dependency) switch
            {
                false => "which is not installed: install that first",
                true when !range.Contains(dependency!.Manifest.Version) => $"and version {dependency.Manifest.Version} is installed",
                true when IsDisabled(state, dependencyId) => $"which is disabled: enable that first ('servicedesk plugin enable {dependencyId}')",
                _ => null,
            };
            if (why is not null)
            {
                throw new PluginPackageException($"Plugin '{manifest.Id}' needs plugin '{dependencyId}' {range}, {why}.");
            }
        }
    }

    // Enabled plugins that need `id` would stop starting once it is off, gone, or at a version out of their range
    // (`remainingVersion`, null when none remains): the change is refused and the administrator told which they are.
    private void CheckNoDependents(PluginState state, IReadOnlyDictionary<string, PresentPlugin> present, string id, SemVersion? remainingVersion, string change)
    {
        var dependents = present.Values
            .Where(p => p.Manifest.Id != id && !IsDisabled(state, p.Manifest.Id))
            .Where(p => p.Manifest.DependsOn.TryGetValue(id, out var range) && (remainingVersion is null || !range.Contains(remainingVersion)))
            .Select(p => $"'{p.Manifest.Id}' ({p.Manifest.DependsOn[id]})")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (dependents.Count > 0)
        {
            throw new PluginPackageException(
                $"Plugin '{id}' cannot be {change}: enabled plugins need it, and would fail at the next start: {string.Join(", ", dependents)}. Disable or uninstall them first.");
        }
    }

    private bool IsDisabled(PluginState state, string id) =>
        state.Disabled.Contains(id) || PluginBootstrapper.DisabledInConfiguration(configuration, id);

    private PresentPlugin? Bundled(string id) => PresentPlugin.Find(bundledRoot, "", PluginState.Empty).GetValueOrDefault(id);

    private PresentPlugin Uninstallable(PluginState state, string id)
    {
        var present = Present(state);
        var plugin = Present(present, id);
        if (plugin.Bundled)
        {
            throw new PluginPackageException($"Plugin '{id}' is bundled with the service and cannot be uninstalled; disable it instead ('servicedesk plugin disable {id}').");
        }

        CheckNoDependents(state, present, id, Bundled(id)?.Manifest.Version, "uninstalled");
        return plugin;
    }

    private static PresentPlugin Present(IReadOnlyDictionary<string, PresentPlugin> present, string id) =>
        present.TryGetValue(id, out var plugin)
            ? plugin
            : throw new NotFoundException($"There is no plugin '{id}'; 'servicedesk plugin list' shows those there are.");

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
