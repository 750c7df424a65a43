using System.Text.Json;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Plugins' settings as administrators edit them: <c>{data}/plugins/settings/{id}.json</c>, one flat JSON object of
/// keys as configuration names them below the plugin's section (<c>Greeting</c>, <c>Accounts:0:Host</c>) and their
/// values. The host reads them after the configuration files and before environment variables and the command line,
/// which still override them.
/// </summary>
public sealed class PluginSettingsStore(string dataPath)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string FolderOf(string dataPath) => Path.Combine(PluginDiscovery.InstalledRoot(dataPath), "settings");

    /// <summary>Every edited setting of every plugin, as configuration keys (<c>ServiceDesk:Plugins:{id}:…</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ConfigurationOf(string dataPath)
    {
        var folder = FolderOf(dataPath);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            foreach (var (key, value) in Read(file))
            {
                yield return new($"{PluginBootstrapper.SettingsSection(id)}:{key}", value);
            }
        }
    }

    public IReadOnlyDictionary<string, string> Load(string id) => Read(PathOf(id));

    /// <summary>Replaces the plugin's edited settings, whole: written to a new file that then takes the old one's place.</summary>
    public async Task SaveAsync(string id, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(FolderOf(dataPath));
        var path = PathOf(id);
        await File.WriteAllTextAsync(path + ".partial", JsonSerializer.Serialize(values, Json), cancellationToken);
        File.Move(path + ".partial", path, overwrite: true);
    }

    private string PathOf(string id) => Path.Combine(FolderOf(dataPath), id + ".json");

    private static Dictionary<string, string> Read(string file)
    {
        if (!File.Exists(file))
        {
            return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            return new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [], StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException error)
        {
            throw new PluginPackageException($"{file} is not a JSON object of settings and their texts ({error.Message}); fix or remove it.");
        }
    }
}
