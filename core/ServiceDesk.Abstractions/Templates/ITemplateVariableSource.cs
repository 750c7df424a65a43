namespace ServiceDesk.Abstractions.Templates;

/// <summary>
/// A plugin's variables for reply templates, notifications and auto-responses: what it returns appears in the
/// template model as <c>plugins.{id}</c> (e.g. <c>plugins.billing.hours_left</c>). Registered with
/// <see cref="TemplateVariableServiceCollectionExtensions.AddTemplateVariables{TSource}"/>.
/// </summary>
public interface ITemplateVariableSource
{
    /// <summary>The variables for one rendering: an object whose public properties templates read, or null for none.</summary>
    /// <param name="context">What the template is being rendered for.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    Task<object?> GetAsync(TemplateVariableContext context, CancellationToken cancellationToken);
}
