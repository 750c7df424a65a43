using System.Text.Json;
using System.Text.RegularExpressions;
using Semver;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Reads and checks a plugin's <c>plugin.json</c> before any of its code is loaded: a refused manifest names every
/// problem at once, so that a plugin author fixes them in one go.
/// </summary>
public static partial class PluginManifestReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the manifest in <paramref name="directory"/>; throws <see cref="PluginManifestException"/>.</summary>
    /// <remarks>Synchronous: it runs while the host is composed, before anything asynchronous can.</remarks>
    public static PluginManifest Read(string directory)
    {
        var path = Path.Combine(directory, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            throw new PluginManifestException($"{PluginManifest.FileName} is missing.");
        }

        ManifestJson? json;
        try
        {
            json = JsonSerializer.Deserialize<ManifestJson>(File.ReadAllText(path), Json);
        }
        catch (JsonException error)
        {
            throw new PluginManifestException($"{PluginManifest.FileName} is not valid JSON: {error.Message}");
        }

        return Check(json ?? new ManifestJson(), directory);
    }

    private static PluginManifest Check(ManifestJson json, string directory)
    {
        var problems = new List<string>();
        if (json.Id is null || !IdPattern().IsMatch(json.Id))
        {
            problems.Add("'id' must be 2 to 64 lower-case letters, digits or dashes, starting with a letter.");
        }

        if (string.IsNullOrWhiteSpace(json.Name))
        {
            problems.Add("'name' is required.");
        }

        if (!SemVersion.TryParse(json.Version ?? "", SemVersionStyles.Strict, out var version))
        {
            problems.Add($"'version' must be a semantic version such as 1.2.0, not '{json.Version}'.");
        }

        var sdk = Range("sdk", json.Sdk, problems);
        if (json.EntryAssembly is null || Path.GetFileName(json.EntryAssembly) != json.EntryAssembly
            || !json.EntryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("'entryAssembly' must be the file name of a .dll in the plugin's folder.");
        }
        else if (!File.Exists(Path.Combine(directory, json.EntryAssembly)))
        {
            problems.Add($"The entry assembly '{json.EntryAssembly}' is not in the plugin's folder.");
        }

        var dependencies = new Dictionary<string, SemVersionRange>(StringComparer.Ordinal);
        foreach (var (id, range) in json.DependsOn ?? [])
        {
            if (!IdPattern().IsMatch(id) || id == json.Id)
            {
                problems.Add($"'dependsOn' names '{id}', which is not another plugin's id.");
            }
            else if (Range($"dependsOn.{id}", range, problems) is { } parsed)
            {
                dependencies[id] = parsed;
            }
        }

        if (problems.Count > 0)
        {
            throw new PluginManifestException(string.Join(" ", problems));
        }

        return new PluginManifest
        {
            Id = json.Id!,
            Name = json.Name!.Trim(),
            Version = version!,
            Sdk = sdk!,
            EntryAssembly = json.EntryAssembly!,
            DependsOn = dependencies,
            Description = json.Description,
            Authors = json.Authors ?? [],
            License = json.License,
        };
    }

    private static SemVersionRange? Range(string field, string? value, List<string> problems)
    {
        if (value is not null && SemVersionRange.TryParseNpm(value, out var range))
        {
            return range;
        }

        problems.Add($"'{field}' must be a version range such as \">=1.0.0 <2.0.0\", not '{value}'.");
        return null;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();

    // The manifest as written; every field may be missing or wrong until checked.
    private sealed record ManifestJson
    {
        public string? Id { get; init; }

        public string? Name { get; init; }

        public string? Version { get; init; }

        public string? Sdk { get; init; }

        public string? EntryAssembly { get; init; }

        public Dictionary<string, string>? DependsOn { get; init; }

        public string? Description { get; init; }

        public List<string>? Authors { get; init; }

        public string? License { get; init; }
    }
}
