namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>A mistake in a template, where the author can find it.</summary>
/// <param name="Line">The line, counted from 1.</param>
/// <param name="Column">The column, counted from 1.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TemplateError(int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
