using Semver;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Finds the folders that hold plugins: the bundled ones next to the host (<c>plugins/{name}/</c>, built there by the
/// solution) and the installed ones in the data directory (<c>plugins/{id}/{version}/</c>, one folder per version, of
/// which the highest counts).
/// </summary>
public static class PluginDiscovery
{
    /// <summary>The name of the plugin folders, next to the host and in the data directory.</summary>
    public const string FolderName = "plugins";

    /// <summary>Where the solution builds the bundled plugins: next to the host's executable.</summary>
    public static string BundledRoot => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>Where installed plugins live in a data directory.</summary>
    public static string InstalledRoot(string dataPath) => Path.Combine(Path.GetFullPath(dataPath), FolderName);

    /// <summary>The folders to load; installed plugins that an administrator uninstalled are left out.</summary>
    public static IReadOnlyList<PluginFolder> Find(string bundledRoot, string installedRoot, PluginState state)
    {
        var bundled = Subdirectories(bundledRoot).Select(d => new PluginFolder(d, Path.GetFileName(d)));
        var installed = Subdirectories(installedRoot)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && !state.Uninstalled.Contains(Path.GetFileName(d)))
            .Select(d => (Id: Path.GetFileName(d), Newest: NewestVersion(d)))
            .Where(p => p.Newest is not null)
            .Select(p => new PluginFolder(p.Newest!, p.Id));
        return bundled.Concat(installed).ToList();
    }

    private static string? NewestVersion(string pluginDirectory) => VersionFolders(pluginDirectory).FirstOrDefault();

    /// <summary>The version folders of an installed plugin, newest first.</summary>
    public static IEnumerable<string> VersionFolders(string pluginDirectory) =>
        Subdirectories(pluginDirectory)
            .Select(d => (Directory: d, Version: SemVersion.TryParse(Path.GetFileName(d), SemVersionStyles.Strict, out var v) ? v : null))
            .Where(v => v.Version is not null)
            .OrderByDescending(v => v.Version!, SemVersion.PrecedenceComparer)
            .Select(v => v.Directory);

    private static IEnumerable<string> Subdirectories(string root) =>
        Directory.Exists(root) ? Directory.GetDirectories(root).Select(Path.GetFullPath).Order(StringComparer.Ordinal) : [];
}
