using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk:Themes" configuration section.</summary>
public sealed class ThemeOptions
{
    /// <summary>
    /// The folder of the themes, one folder each (<c>themes/&lt;id&gt;/theme.json</c>); the <c>themes</c> folder next to
    /// the program when empty, where the shipped themes are.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>The theme in use; its parents supply what it does not have.</summary>
    [Required]
    [RegularExpression("^[a-z][a-z0-9-]{1,63}$", ErrorMessage = "A theme's id is 2 to 64 lower-case letters, digits or dashes, starting with a letter.")]
    public string Active { get; set; } = "default";

    /// <summary>The themes' folder as an absolute path.</summary>
    public string FullPath => System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "themes") : Path);
}
