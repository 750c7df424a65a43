using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Core.Jobs;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Starts the plugins while the host is composed: reads every manifest before any code, leaves out disabled plugins
/// and those built for another SDK, starts each plugin after the plugins it depends on, and keeps the host going when a
/// plugin fails, with the reason on record. A plugin that fails leaves no services behind, and the plugins that depend
/// on it do not start either.
/// </summary>
public sealed class PluginBootstrapper(IPluginAssemblyLoader loader)
{
    /// <summary>The configuration section of a plugin's settings; <c>Enabled=false</c> there turns it off.</summary>
    public static string SettingsSection(string id) => $"ServiceDesk:Plugins:{id}";

    public static bool DisabledInConfiguration(IConfiguration configuration, string id) =>
        string.Equals(configuration[SettingsSection(id) + ":Enabled"], "false", StringComparison.OrdinalIgnoreCase);

    public PluginRegistry Start(IEnumerable<PluginFolder> folders, PluginState state, IServiceCollection services, IConfiguration configuration)
    {
        var run = new Run(loader, state, services, configuration);
        foreach (var folder in folders)
        {
            run.Read(folder);
        }

        return run.StartAll();
    }

    // One start of the plugins: what was found, and what has been decided so far.
    private sealed class Run(IPluginAssemblyLoader loader, PluginState state, IServiceCollection services, IConfiguration configuration)
    {
        private readonly Dictionary<string, (PluginManifest Manifest, string Directory)> _found = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PluginInfo> _decided = new(StringComparer.Ordinal);
        private readonly HashSet<string> _starting = new(StringComparer.Ordinal);
        private readonly List<ActivePlugin> _active = [];

        public void Read(PluginFolder folder)
        {
            try
            {
                var manifest = PluginManifestReader.Read(folder.Directory);
                // The same plugin bundled and installed: the higher version counts (an installed upgrade of a bundled one).
                if (!_found.TryGetValue(manifest.Id, out var other) || manifest.Version.ComparePrecedenceTo(other.Manifest.Version) > 0)
                {
                    _found[manifest.Id] = (manifest, folder.Directory);
                }
            }
            catch (PluginManifestException error)
            {
                _decided[folder.FallbackId] = new PluginInfo(folder.FallbackId, folder.FallbackId, "", PluginStatus.Failed,
                    $"{PluginManifest.FileName}: {error.Message}", folder.Directory);
            }
        }

        public PluginRegistry StartAll()
        {
            foreach (var id in _found.Keys.Order(StringComparer.Ordinal).ToList())
            {
                Decide(id);
            }

            return new PluginRegistry(_decided.Values, _active);
        }

        private PluginInfo Decide(string id)
        {
            if (_decided.TryGetValue(id, out var decided))
            {
                return decided;
            }

            var (manifest, directory) = _found[id];
            if (!_starting.Add(id))
            {
                return Info(manifest, directory, PluginStatus.Failed, "Its dependencies lead back to itself.");
            }

            var info = Check(manifest, directory) ?? Start(manifest, directory);
            _starting.Remove(id);
            _decided[id] = info;
            return info;
        }

        // Why the plugin cannot start, or null when it may.
        private PluginInfo? Check(PluginManifest manifest, string directory)
        {
            if (DisabledInConfiguration(configuration, manifest.Id))
            {
                return Info(manifest, directory, PluginStatus.Disabled, $"Disabled in the configuration ({SettingsSection(manifest.Id)}:Enabled).");
            }

            if (state.Disabled.Contains(manifest.Id))
            {
                return Info(manifest, directory, PluginStatus.Disabled, $"Disabled by an administrator; 'servicedesk plugin enable {manifest.Id}' turns it on at the next start.");
            }

            if (!manifest.Sdk.Contains(SdkVersion.Current))
            {
                return Info(manifest, directory, PluginStatus.Incompatible, $"Built for SDK {manifest.Sdk}; this host provides {SdkVersion.Current}.");
            }

            foreach (var (dependencyId, range) in manifest.DependsOn)
            {
                if (!_found.TryGetValue(dependencyId, out var dependency))
                {
                    return Info(manifest, directory, PluginStatus.Failed, $"Needs plugin '{dependencyId}' ({range}), which is not installed.");
                }

                if (!range.Contains(dependency.Manifest.Version))
                {
                    return Info(manifest, directory, PluginStatus.Failed, $"Needs plugin '{dependencyId}' {range}; version {dependency.Manifest.Version} is installed.");
                }

                var status = Decide(dependencyId).Status;
                if (status != PluginStatus.Active)
                {
                    return Info(manifest, directory, PluginStatus.Failed, $"Needs plugin '{dependencyId}', which is {status.ToString().ToLowerInvariant()}.");
                }
            }

            return null;
        }

        private PluginInfo Start(PluginManifest manifest, string directory)
        {
            var context = new PluginContext(manifest.Id, manifest.Version.ToString(), directory, configuration.GetSection(SettingsSection(manifest.Id)));
            try
            {
                var plugin = loader.Load(directory, manifest);
                // Registered apart first: a plugin that throws halfway leaves nothing in the host's services. The host's
                // registrations are there to be seen, so that what a plugin adds only when missing (AddLogging and
                // AddOptions, which AddHttpClient calls) stays out: added again, it would take the host's place, and
                // logging would no longer go through the host's logger.
                IServiceCollection staged = new ServiceCollection();
                foreach (var hosted in services)
                {
                    staged.Add(hosted);
                }

                var existing = staged.ToHashSet(ReferenceEqualityComparer.Instance);
                plugin.ConfigureServices(staged, context);
                var added = staged.Where(s => !existing.Contains(s)).ToList();
                foreach (var job in added.Select(s => s.ImplementationInstance).OfType<JobRegistration>().Where(j => j.Cron is not null))
                {
                    // A schedule that is not one fails the plugin now, not the job runner later.
                    CronSchedule.Parse(job.Cron!);
                }

                foreach (var service in added)
                {
                    // The plugin's event handlers carry its id, for the delivery records and for administrators.
                    services.Add(service.ImplementationInstance is DomainEventHandlerRegistration handler
                        ? ServiceDescriptor.Singleton(handler with { PluginId = manifest.Id })
                        : service);
                }

                _active.Add(new ActivePlugin(manifest, plugin, context));
                return Info(manifest, directory, PluginStatus.Active, null);
            }
            catch (PluginLoadException error)
            {
                return Info(manifest, directory, PluginStatus.Failed, error.Message);
            }
            catch (Exception error)
            {
                return Info(manifest, directory, PluginStatus.Failed, $"Its start failed: {error.GetType().Name}: {error.Message}");
            }
        }

        private static PluginInfo Info(PluginManifest manifest, string directory, PluginStatus status, string? reason) =>
            new(manifest.Id, manifest.Name, manifest.Version.ToString(), status, reason, directory);
    }
}
