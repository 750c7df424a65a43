using ServiceDesk.Abstractions.Templates;

namespace ServiceDesk.TestPlugins.Legacy;

/// <summary>Template variables that always fail: renderings go on without them.</summary>
public sealed class BrokenVariables : ITemplateVariableSource
{
    public Task<object?> GetAsync(TemplateVariableContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The legacy variables are broken.");
}
