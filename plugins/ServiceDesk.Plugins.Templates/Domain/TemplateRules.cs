using System.Text.RegularExpressions;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Endpoints;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// What makes a template fit to save: a name, a language for each variant, and text that parses. Every problem of a
/// request is reported at once, a template's mistakes with their line and column.
/// </summary>
public static partial class TemplateRules
{
    public const int MaxBodyLength = 100_000;

    private const int MaxSubjectLength = 1_000;

    private const int MaxCommentLength = 2_000;

    /// <summary>The definition the request describes, trimmed.</summary>
    /// <exception cref="ValidationException">Everything wrong with the request.</exception>
    public static TemplateDefinition Definition(TemplateRequest request)
    {
        var problems = new Dictionary<string, List<string>>();
        void Problem(string key, string message) => (problems.TryGetValue(key, out var list) ? list : problems[key] = []).Add(message);

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > TemplatesDbContext.MaxNameLength)
        {
            Problem("name", $"A name has 1 to {TemplatesDbContext.MaxNameLength} characters.");
        }

        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            Problem("kind", $"The kind is one of: {string.Join(", ", Enum.GetNames<TemplateKind>())}.");
            kind = TemplateKind.Reply;
        }

        var format = request.Format ?? TemplateFormat.Text;
        if (!Enum.IsDefined(format))
        {
            Problem("format", "The format is Text or Html.");
        }

        if (request.Comment?.Length > MaxCommentLength)
        {
            Problem("comment", $"A comment has at most {MaxCommentLength} characters.");
        }

        var variants = new List<TemplateVariant>();
        var given = request.Variants ?? [];
        if (given.Count == 0)
        {
            Problem("variants", "A template has at least one variant: a language and its text.");
        }

        for (var i = 0; i < given.Count; i++)
        {
            var key = $"variants[{i}]";
            if (given[i] is not { } variant)
            {
                Problem(key, "A variant has a language and a body.");
                continue;
            }

            var language = variant.Language?.Trim().ToLowerInvariant() ?? "";
            if (!LanguageCode().IsMatch(language))
            {
                Problem($"{key}.language", "A language is a code such as 'ru', 'en' or 'pt-br'.");
            }
            else if (variants.Any(v => v.Language == language))
            {
                Problem($"{key}.language", $"There is already a variant in '{language}'.");
            }

            var subject = string.IsNullOrWhiteSpace(variant.Subject) ? null : variant.Subject.Trim();
            if (subject?.Length > MaxSubjectLength)
            {
                Problem($"{key}.subject", $"A subject has at most {MaxSubjectLength} characters.");
            }
            else if (subject is not null)
            {
                TemplateRenderer.Check(subject).ToList().ForEach(e => Problem($"{key}.subject", e.ToString()));
            }

            var body = variant.Body ?? "";
            if (string.IsNullOrWhiteSpace(body) || body.Length > MaxBodyLength)
            {
                Problem($"{key}.body", $"A body has 1 to {MaxBodyLength} characters.");
            }
            else
            {
                TemplateRenderer.Check(body).ToList().ForEach(e => Problem($"{key}.body", e.ToString()));
            }

            variants.Add(new TemplateVariant(language, subject, body));
        }

        var defaultLanguage = request.DefaultLanguage?.Trim().ToLowerInvariant() ?? variants.FirstOrDefault()?.Language ?? "";
        if (variants.Count > 0 && variants.All(v => v.Language != defaultLanguage))
        {
            Problem("defaultLanguage", $"The default language '{defaultLanguage}' has no variant.");
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));
        }

        var queues = (request.QueueIds ?? []).Distinct().Order().ToList();
        return new TemplateDefinition(name, kind, format, queues, defaultLanguage, variants, request.Comment?.Trim(), request.IsActive ?? true);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
