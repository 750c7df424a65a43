using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>
/// Checks and renders templates in the sandbox (<see cref="SandboxedContext"/>). A template is parsed once and kept:
/// the same few templates are rendered again and again, and parsing costs far more than rendering.
/// </summary>
public sealed class TemplateRenderer(RenderLimits limits)
{
    // More distinct sources than this are not kept: previews of drafts must not fill the memory.
    private const int MaxCompiled = 2_000;

    // Shared by all renderings and read-only, so that no template changes a function for the next one.
    private static readonly ScriptObject Builtins = ReadOnlyBuiltins();

    private readonly ConcurrentDictionary<string, Template> _compiled = new(StringComparer.Ordinal);

    /// <summary>The mistakes in <paramref name="source"/>, with line and column; empty when it parses.</summary>
    public static IReadOnlyList<TemplateError> Check(string source)
    {
        var parsed = Template.Parse(source);
        return parsed.HasErrors ? ErrorsOf(parsed) : [];
    }

    /// <summary>Renders <paramref name="source"/> with <paramref name="model"/> as its global variables.</summary>
    /// <exception cref="TemplateSyntaxException">The template does not parse.</exception>
    /// <exception cref="TemplateRenderException">It failed while rendering, or went past a limit.</exception>
    public string Render(
        string source, TemplateFormat format, ScriptObject model, CultureInfo culture, ITemplateLoader includes, CancellationToken cancellationToken)
    {
        var template = Compiled(source);
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(limits.Timeout);
        var context = new SandboxedContext(Builtins, format, limits, includes, timeLimit.Token);
        context.PushCulture(culture);
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TemplateRenderException(new TemplateError(1, 1, $"The template took longer than {limits.Timeout.TotalSeconds:0.##} s to render."));
        }
        catch (ScriptRuntimeException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TemplateRenderException(At(error.Span, error.OriginalMessage), error);
        }
        catch (InvalidOperationException error) when (!cancellationToken.IsCancellationRequested)
        {
            // Scriban reports some failures of the .NET calls it makes (a value too large, say) this way.
            throw new TemplateRenderException(new TemplateError(1, 1, error.Message), error);
        }
    }

    private Template Compiled(string source)
    {
        if (_compiled.TryGetValue(source, out var known))
        {
            return known;
        }

        var parsed = Template.Parse(source);
        if (parsed.HasErrors)
        {
            throw new TemplateSyntaxException(ErrorsOf(parsed));
        }

        if (_compiled.Count >= MaxCompiled)
        {
            _compiled.Clear();
        }

        return _compiled.GetOrAdd(source, parsed);
    }

    private static List<TemplateError> ErrorsOf(Template parsed) =>
        parsed.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => At(m.Span, m.Message)).ToList();

    // Scriban counts lines and columns from 0.
    private static TemplateError At(SourceSpan span, string message) => new(span.Start.Line + 1, span.Start.Column + 1, message);

    private static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        Freeze(builtins);
        return builtins;

        static void Freeze(ScriptObject scriptObject)
        {
            foreach (var member in scriptObject.Values.OfType<ScriptObject>())
            {
                Freeze(member);
            }

            scriptObject.IsReadOnly = true;
        }
    }
}
