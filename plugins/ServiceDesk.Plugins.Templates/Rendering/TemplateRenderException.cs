namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>
/// A template that failed while it was rendered: it reached for something outside its model, went past a limit (loops,
/// recursion, output size, time), or an expression failed. <see cref="Error"/> says where.
/// </summary>
public sealed class TemplateRenderException(TemplateError error, Exception? inner = null)
    : Exception($"The template failed at {error}", inner)
{
    public TemplateError Error { get; } = error;
}
