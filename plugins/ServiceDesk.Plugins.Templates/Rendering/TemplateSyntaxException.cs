namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>A template that cannot be parsed; <see cref="Errors"/> says where and why.</summary>
public sealed class TemplateSyntaxException(IReadOnlyList<TemplateError> errors)
    : Exception($"The template has errors: {string.Join("; ", errors)}")
{
    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
