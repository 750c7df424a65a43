using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>
/// What <c>include "name"</c> finds: the templates of the store by name, nothing on disk, so that a name such as
/// <c>../../etc/passwd</c> is only a name that no template has.
/// </summary>
public sealed class StoreIncludes(IReadOnlyDictionary<string, string> sourcesByName) : ITemplateLoader
{
    /// <summary>No template can be included.</summary>
    public static readonly StoreIncludes None = new(new Dictionary<string, string>());

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        sourcesByName.ContainsKey(templateName)
            ? templateName
            : throw new ScriptRuntimeException(callerSpan, $"There is no template named '{templateName}' to include.");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => sourcesByName[templatePath];

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
