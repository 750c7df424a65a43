namespace ServiceDesk.Abstractions.Templates;

/// <summary>
/// The variables every active plugin contributes to a rendering, by plugin id; the templates plugin adds them to its
/// model. A source that throws gives no variables, and the rendering goes on without them.
/// </summary>
public interface ITemplateVariables
{
    /// <summary>Asks every source; returns their variables by plugin id.</summary>
    /// <param name="context">What the template is being rendered for.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    Task<IReadOnlyDictionary<string, object?>> CollectAsync(TemplateVariableContext context, CancellationToken cancellationToken);
}
