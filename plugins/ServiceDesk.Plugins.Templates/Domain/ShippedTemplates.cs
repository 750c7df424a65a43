using ServiceDesk.Abstractions.Themes;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// The templates that ship with the plugin, one file per language (<c>Defaults/{name}.{language}.sbn</c> in the plugin's
/// folder), used where administrators stored none; a theme overrides any of them with a file of the same name in its
/// <c>templates/</c> folder, without a rebuild. A file may start with a <c>Subject:</c> line and an empty line.
/// </summary>
public sealed class ShippedTemplates(IThemeFiles themes, TemplatesSettings settings)
{
    /// <summary>The folder inside a theme that overrides the shipped templates.</summary>
    public const string ThemeFolder = "templates";

    /// <summary>The HTML around every email that the email channel sends (<see cref="TemplateLayout"/>).</summary>
    public const string LayoutName = "email-layout";

    private const string SubjectLine = "Subject:";

    private static readonly string DefaultsFolder = Path.Combine(Path.GetDirectoryName(typeof(ShippedTemplates).Assembly.Location)!, "Defaults");

    // The languages the plugin ships, from its own files, which do not change while it runs.
    private static readonly Lazy<IReadOnlyList<string>> ShippedLanguages = new(() => Directory.Exists(DefaultsFolder)
        ? Directory.GetFiles(DefaultsFolder, "*.sbn").Select(f => Path.GetExtension(Path.GetFileNameWithoutExtension(f)).TrimStart('.')).Distinct().Order().ToList()
        : []);

    /// <summary>The file name of each kind that ships a default; replies and snippets are the administrators' own.</summary>
    public static IReadOnlyDictionary<TemplateKind, string> Names { get; } = new Dictionary<TemplateKind, string>
    {
        [TemplateKind.Salutation] = "salutation",
        [TemplateKind.Signature] = "signature",
        [TemplateKind.AutoResponseNewTicket] = "auto-response-new-ticket",
        [TemplateKind.AutoResponseFollowUpClosed] = "auto-response-follow-up-closed",
        [TemplateKind.AutoResponseRejected] = "auto-response-rejected",
        [TemplateKind.NotificationNewTicket] = "notification-new-ticket",
        [TemplateKind.NotificationAssigned] = "notification-assigned",
        [TemplateKind.NotificationCustomerAnswered] = "notification-customer-answered",
        [TemplateKind.NotificationPendingReminder] = "notification-pending-reminder",
    };

    /// <summary>The languages the plugin ships its templates in.</summary>
    public static IReadOnlyList<string> Languages => ShippedLanguages.Value;

    /// <summary>The shipped template of <paramref name="kind"/>, as the active theme has it; null for a kind without one.</summary>
    public TemplateDefinition? For(TemplateKind kind) => Names.TryGetValue(kind, out var name) ? Read(name, kind, TemplateFormat.Text) : null;

    /// <summary>The email layout, as the active theme has it.</summary>
    public TemplateDefinition? Layout() => Read(LayoutName, TemplateKind.Snippet, TemplateFormat.Html);

    /// <summary>A file's variant: its <c>Subject:</c> line, if it starts with one, and the rest.</summary>
    public static TemplateVariant Parse(string language, string text)
    {
        text = text.ReplaceLineEndings("\n");
        if (!text.StartsWith(SubjectLine, StringComparison.Ordinal))
        {
            return new TemplateVariant(language, null, text.TrimEnd());
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var subject = (end < 0 ? text : text[..end])[SubjectLine.Length..].Trim();
        var body = end < 0 ? "" : text[(end + 1)..].TrimStart('\n').TrimEnd();
        return new TemplateVariant(language, subject, body);
    }

    private TemplateDefinition? Read(string name, TemplateKind kind, TemplateFormat format)
    {
        var variants = Languages
            .Select(language => (Language: language, Path: Find($"{name}.{language}.sbn")))
            .Where(file => file.Path is not null)
            .Select(file => Parse(file.Language, File.ReadAllText(file.Path!)))
            .ToList();
        return variants.Count == 0
            ? null
            : new TemplateDefinition(name, kind, format, [], settings.DefaultLanguage, variants, "Shipped with the plugin.", IsActive: true);
    }

    private string? Find(string fileName)
    {
        var shipped = Path.Combine(DefaultsFolder, fileName);
        return themes.Find($"{ThemeFolder}/{fileName}") ?? (File.Exists(shipped) ? shipped : null);
    }
}
