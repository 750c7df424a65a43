namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>How far one rendering may go before it is stopped.</summary>
/// <param name="MaxLoopIterations">Loop iterations, counted across nested loops.</param>
/// <param name="MaxRecursion">Nested function calls.</param>
/// <param name="MaxOutputCharacters">Characters written, and the longest string made.</param>
/// <param name="Timeout">Time.</param>
public sealed record RenderLimits(int MaxLoopIterations, int MaxRecursion, int MaxOutputCharacters, TimeSpan Timeout);
