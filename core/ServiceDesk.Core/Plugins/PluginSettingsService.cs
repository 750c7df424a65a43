using Microsoft.Extensions.Configuration;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Administrators read and edit plugins' settings. An edit is checked as the plugin checks its settings at start,
/// against the settings it would then have, and refused with every problem; a good one is saved for the next start.
/// </summary>
public sealed class PluginSettingsService(
    IConfiguration configuration,
    PluginSettingsStore store,
    PluginInstaller installer,
    IEnumerable<PluginSettingsRegistration> registrations)
{
    /// <summary>What a secret shows as; sent back unchanged, it keeps the secret as it is.</summary>
    public const string Mask = "********";

    private const string AtRestart = "They take effect when the service restarts.";

    public PluginSettingsView Get(Actor actor, string id)
    {
        AccessPolicy.DemandAdmin(actor);
        Known(id);
        return new PluginSettingsView(id, Masked(Effective(id)), Masked(store.Load(id)));
    }

    public async Task<PluginChange> SaveAsync(Actor actor, string id, IReadOnlyDictionary<string, string?> edited, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(actor);
        var version = Known(id);
        var stored = store.Load(id);
        var current = Effective(id);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in edited)
        {
            if (string.IsNullOrWhiteSpace(key) || key.StartsWith(':') || key.EndsWith(':'))
            {
                throw new ValidationException("settings", $"'{key}' is not a setting's name (e.g. Greeting, or Accounts:0:Host).");
            }

            if (value is not null)
            {
                values[key] = value == Mask ? stored.GetValueOrDefault(key) ?? current.GetValueOrDefault(key) ?? "" : value;
            }
        }

        var registration = registrations.FirstOrDefault(r => r.PluginId == id);
        if (registration is not null)
        {
            var next = new Dictionary<string, string>(current.Where(v => !stored.ContainsKey(v.Key) || values.ContainsKey(v.Key)), StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in values)
            {
                next[key] = value;
            }

            var problems = registration.Check(new ConfigurationBuilder().AddInMemoryCollection(next.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());
            if (problems.Count > 0)
            {
                throw new ValidationException("settings", string.Join(" ", problems));
            }
        }

        await store.SaveAsync(id, values, cancellationToken);
        var notChecked = registration is not null ? "" : " They were not checked: the plugin does not run now; its next start checks them.";
        return new PluginChange(id, version, $"Saved the settings of plugin '{id}'. {AtRestart}{notChecked}");
    }

    private string Known(string id) =>
        installer.Present(installer.Store.Load()).TryGetValue(id, out var plugin)
            ? plugin.Manifest.Version.ToString()
            : throw new NotFoundException($"There is no plugin '{id}'.");

    private Dictionary<string, string> Effective(string id) =>
        configuration.GetSection(PluginBootstrapper.SettingsSection(id)).AsEnumerable(makePathsRelative: true)
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.Key, v => v.Value!, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> Masked(IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(v => v.Key, v => Secret(v.Key) ? Mask : v.Value, StringComparer.OrdinalIgnoreCase);

    private static bool Secret(string key)
    {
        var name = key[(key.LastIndexOf(':') + 1)..];
        return new[] { "password", "secret", "token", "key" }.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
