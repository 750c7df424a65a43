using System.Net;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>
/// Where a template runs. Administrators and agents write templates, so a template reaches only its model (script
/// objects of plain values, never a .NET object's members beyond a date's), includes only templates of the store, and
/// stops at the limits of <see cref="RenderLimits"/>. In an HTML template every value written is HTML-escaped unless it
/// is <see cref="SafeHtml"/>.
/// </summary>
public sealed class SandboxedContext : TemplateContext
{
    private readonly TemplateFormat _format;

    public SandboxedContext(ScriptObject builtins, TemplateFormat format, RenderLimits limits, ITemplateLoader includes, CancellationToken cancellationToken)
        : base(builtins, StringComparer.Ordinal)
    {
        _format = format;
        LoopLimit = limits.MaxLoopIterations;
        RecursiveLimit = limits.MaxRecursion;
        OutputLimit = limits.MaxOutputCharacters;
        LimitToString = limits.MaxOutputCharacters;
        // Cut short, a reply would go out saying less than its author wrote: the rendering fails instead.
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        ObjectRecursionLimit = 10;
        RegexTimeOut = limits.Timeout;
        TemplateLoader = includes;
        MemberFilter = IsReachable;
        // A member of an empty value (`article.created.year` when the customer wrote nothing) reads as empty, as a
        // missing member does.
        EnableRelaxedTargetAccess = true;
        CancellationToken = cancellationToken;
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (_format == TemplateFormat.Html && textAsObject is not SafeHtml and not null)
        {
            return Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        }

        return base.Write(span, textAsObject);
    }

    /// <inheritdoc />
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is SafeHtml html ? html.Html : base.ObjectToString(value, nested);

    // The model holds script objects and plain values; of .NET types only a date's and a time span's own properties are
    // read (its year, its hours), so that no template walks from a value into the runtime.
    private static bool IsReachable(MemberInfo member) =>
        member.DeclaringType == typeof(DateTime) || member.DeclaringType == typeof(TimeSpan) || member.DeclaringType == typeof(DateTimeOffset);
}
