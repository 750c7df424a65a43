using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// The plugins as the service last started them, kept in <c>{data}/plugins/last-start.json</c> and rewritten when one
/// fails after the start: the CLI runs apart from the service, and compares this with the administrators' state to
/// tell what waits for the service's restart.
/// </summary>
public sealed class PluginStartRecord(string installedRoot)
{
    public const string FileName = "last-start.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private string RecordPath => Path.Combine(installedRoot, FileName);

    /// <summary>Records <paramref name="registry"/> now, and again whenever a plugin in it is marked failed.</summary>
    public void Keep(PluginRegistry registry, DateTimeOffset startedAt)
    {
        Write(new PluginStart(startedAt, registry.Plugins));
        registry.Changed += plugins => Write(new PluginStart(startedAt, plugins));
    }

    /// <summary>The last start's record; null when the service never started with this data directory, or it cannot be read.</summary>
    public PluginStart? Read()
    {
        try
        {
            return File.Exists(RecordPath) ? JsonSerializer.Deserialize<PluginStart>(File.ReadAllText(RecordPath), Json) : null;
        }
        catch (JsonException)
        {
            // Only a report: a damaged record is as good as none, and the next start writes it anew.
            return null;
        }
    }

    private void Write(PluginStart start)
    {
        Directory.CreateDirectory(installedRoot);
        var partial = RecordPath + ".partial";
        File.WriteAllText(partial, JsonSerializer.Serialize(start, Json));
        File.Move(partial, RecordPath, overwrite: true);
    }
}
