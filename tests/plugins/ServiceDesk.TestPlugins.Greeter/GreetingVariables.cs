using ServiceDesk.Abstractions.Templates;

namespace ServiceDesk.TestPlugins.Greeter;

/// <summary>The greeting, for templates: <c>plugins.greeter.text</c>.</summary>
public sealed class GreetingVariables(Greeting greeting) : ITemplateVariableSource
{
    public Task<object?> GetAsync(TemplateVariableContext context, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(new GreetingModel(greeting.Text, context.TicketNumber, context.Language));
}
