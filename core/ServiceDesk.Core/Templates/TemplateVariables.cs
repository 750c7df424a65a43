using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Templates;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Core.Templates;

/// <summary>Collects the active plugins' template variables; a source that fails is left out and logged.</summary>
public sealed partial class TemplateVariables(
    IServiceProvider services,
    IEnumerable<TemplateVariableSourceRegistration> sources,
    PluginRegistry registry,
    ILogger<TemplateVariables> logger) : ITemplateVariables
{
    public async Task<IReadOnlyDictionary<string, object?>> CollectAsync(TemplateVariableContext context, CancellationToken cancellationToken)
    {
        var variables = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => registry.IsActive(s.PluginId)))
        {
            try
            {
                variables[source.PluginId] = await ((ITemplateVariableSource)services.GetRequiredService(source.SourceType)).GetAsync(context, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(source.PluginId, context.TicketNumber, error);
            }
        }

        return variables;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Template variables of plugin {PluginId} failed for ticket {TicketNumber}; rendering without them")]
    private partial void LogFailed(string pluginId, string ticketNumber, Exception error);
}
