namespace ServiceDesk.Core.Themes;

/// <summary>A theme's <c>theme.json</c>: who it is, and the theme it derives from.</summary>
/// <param name="Id">The folder's name.</param>
/// <param name="Name">The name people see.</param>
/// <param name="Version">Its version.</param>
/// <param name="Parent">The theme that supplies what this one lacks; none for a theme that stands alone.</param>
public sealed record ThemeManifest(string Id, string Name, string Version, string? Parent)
{
    public const string FileName = "theme.json";
}
