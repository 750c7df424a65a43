using Semver;

namespace ServiceDesk.Core.Plugins;

/// <summary>A plugin's <c>plugin.json</c>, checked: every field present and well-formed (see <see cref="PluginManifestReader"/>).</summary>
public sealed record PluginManifest
{
    /// <summary>The name of the manifest file in a plugin's folder.</summary>
    public const string FileName = "plugin.json";

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required SemVersion Version { get; init; }

    /// <summary>The SDK versions the plugin was built for (npm syntax, e.g. <c>&gt;=1.0.0 &lt;2.0.0</c>).</summary>
    public required SemVersionRange Sdk { get; init; }

    /// <summary>The file name of the assembly holding the plugin's <c>IServiceDeskPlugin</c>.</summary>
    public required string EntryAssembly { get; init; }

    /// <summary>Plugins that must be active first, by id, with the versions that will do.</summary>
    public required IReadOnlyDictionary<string, SemVersionRange> DependsOn { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? License { get; init; }
}
