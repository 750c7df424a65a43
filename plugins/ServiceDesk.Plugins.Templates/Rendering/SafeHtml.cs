namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>
/// HTML that the plugin itself made safe (a rendered signature, the sanitized text of a message), written into an HTML
/// template as it is. Every other value is escaped there.
/// </summary>
/// <param name="Html">The markup.</param>
public sealed record SafeHtml(string Html)
{
    /// <inheritdoc />
    public override string ToString() => Html;
}
