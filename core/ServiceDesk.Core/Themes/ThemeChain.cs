using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Themes;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Themes;

/// <summary>
/// Finds a theme's files along its chain (the active theme, its parent, the parent's parent…). The manifests are read on
/// every lookup, not kept, so that a theme dropped into the folder or edited counts at once, without a restart; they
/// are a few small files, and lookups are rare (a mail's layout, a page's view).
/// </summary>
public sealed partial class ThemeChain(IOptions<ServiceDeskOptions> options, ILogger<ThemeChain> logger) : IThemeFiles
{
    // Deeper than any sensible family of themes; it stops a chain whose parents go round in a circle.
    private const int MaxDepth = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string ActiveTheme => options.Value.Themes.Active;

    public string? Find(string relativePath)
    {
        var path = Checked(relativePath);
        foreach (var folder in Folders())
        {
            var candidate = Path.Combine(folder, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The folders of the active theme's chain, the active theme first; themes that are missing or broken end it.</summary>
    public IReadOnlyList<string> Folders()
    {
        var root = options.Value.Themes.FullPath;
        var folders = new List<string>();
        for (var id = ActiveTheme; id is not null && folders.Count < MaxDepth;)
        {
            var folder = Path.Combine(root, id);
            if (folders.Contains(folder, StringComparer.Ordinal))
            {
                LogCircle(logger, id);
                break;
            }

            var manifest = Read(folder, id);
            if (manifest is null)
            {
                break;
            }

            folders.Add(folder);
            id = manifest.Parent;
        }

        return folders;
    }

    private ThemeManifest? Read(string folder, string id)
    {
        var file = Path.Combine(folder, ThemeManifest.FileName);
        if (!File.Exists(file))
        {
            LogMissing(logger, id, file);
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<ThemeManifest>(File.ReadAllText(file), Json);
            if (manifest is not null && manifest.Id == id)
            {
                return manifest;
            }

            LogBroken(logger, id, $"its id is '{manifest?.Id}', not the folder's name");
        }
        catch (JsonException error)
        {
            LogBroken(logger, id, error.Message);
        }

        return null;
    }

    private static string Checked(string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        if (normalized.Length == 0 || Path.IsPathRooted(normalized) || normalized.Split('/').Any(part => part is ".." or "." or ""))
        {
            throw new ArgumentException($"'{relativePath}' is not a path inside a theme.", nameof(relativePath));
        }

        return normalized;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Theme '{Theme}' has no theme.json at {File}: its files and its parents' are not used.")]
    private static partial void LogMissing(ILogger logger, string theme, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Theme '{Theme}' has a theme.json that cannot be used ({Reason}): its files and its parents' are not used.")]
    private static partial void LogBroken(ILogger logger, string theme, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Theme '{Theme}' is its own ancestor: the chain of parents stops there.")]
    private static partial void LogCircle(ILogger logger, string theme);
}
