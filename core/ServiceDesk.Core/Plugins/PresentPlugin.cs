namespace ServiceDesk.Core.Plugins;

/// <summary>A plugin whose folder the next start would load, with its manifest read (no code loaded).</summary>
/// <param name="Bundled">Shipped with the service, next to its executable, rather than installed by an administrator.</param>
public sealed record PresentPlugin(PluginManifest Manifest, string Directory, bool Bundled)
{
    /// <summary>
    /// The plugins the next start would find, by id: for each, the highest version among the bundled and installed
    /// ones, leaving out those uninstalled. Folders whose manifest cannot be read are left out; the start reports them.
    /// </summary>
    public static IReadOnlyDictionary<string, PresentPlugin> Find(string bundledRoot, string installedRoot, PluginState state)
    {
        var present = new Dictionary<string, PresentPlugin>(StringComparer.Ordinal);
        var bundledPrefix = Path.GetFullPath(bundledRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var folder in PluginDiscovery.Find(bundledRoot, installedRoot, state))
        {
            PluginManifest manifest;
            try
            {
                manifest = PluginManifestReader.Read(folder.Directory);
            }
            catch (PluginManifestException)
            {
                continue;
            }

            if (!present.TryGetValue(manifest.Id, out var other) || manifest.Version.ComparePrecedenceTo(other.Manifest.Version) > 0)
            {
                present[manifest.Id] = new PresentPlugin(manifest, folder.Directory, folder.Directory.StartsWith(bundledPrefix, StringComparison.Ordinal));
            }
        }

        return present;
    }
}
