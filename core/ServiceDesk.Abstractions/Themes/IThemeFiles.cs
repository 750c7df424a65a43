namespace ServiceDesk.Abstractions.Themes;

/// <summary>
/// The files of the active theme and the themes it derives from (SDK 1.5.0): the active theme's own file when it has one,
/// else its parent's, and so on. A plugin asks for a file by its path inside a theme folder (<c>email/layout.sbn</c>) and
/// falls back to its own default when no theme has it, so that an administrator overrides the plugin's look by dropping a
/// file into a theme, without a rebuild.
/// </summary>
public interface IThemeFiles
{
    /// <summary>The active theme's id.</summary>
    string ActiveTheme { get; }

    /// <summary>
    /// The full path of the first file at <paramref name="relativePath"/> along the active theme's chain; null when no theme
    /// of the chain has it. A path that leaves the theme folder (<c>..</c>, rooted) is refused with
    /// <see cref="ArgumentException"/>.
    /// </summary>
    string? Find(string relativePath);
}
