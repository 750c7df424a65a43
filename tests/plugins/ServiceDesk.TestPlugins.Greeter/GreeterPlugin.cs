using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Templates;
using ServiceDesk.Abstractions.Ui;

namespace ServiceDesk.TestPlugins.Greeter;

/// <summary>Registers a service built from its settings and answers GET /api/v1/plugins/greeter/hello with it.</summary>
public sealed class GreeterPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        var settings = services.AddPluginSettings<GreeterSettings>(context);
        services.AddSingleton(new Greeting(settings.Greeting, context.Version));
        services.AddTemplateVariables<GreetingVariables>(context);
        services.AddNavigationItem(context, "greetings", new LocalizedText("Greetings", "Приветствия"), $"/plugins/{context.Id}/greetings", UiArea.Agent, order: 5);
        services.AddNavigationItem(context, "say-hello", new LocalizedText("Say hello", "Поздороваться"), $"/plugins/{context.Id}/portal", UiArea.Portal);
        services.AddTicketPanel(context, "greeting", new LocalizedText("Greeting", "Приветствие"), $"/api/v1/plugins/{context.Id}/tickets/{{number}}/greeting");
        services.AddSettingsPage(context, new LocalizedText("Greeter", "Приветствие"), $"/plugins/{context.Id}/settings");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context)
    {
        // Tries to take the administrators' route DELETE /api/v1/plugins/greeter (which must stay theirs).
        endpoints.MapDelete("/", () => Results.Ok(new { Text = "the greeter's own DELETE" }));
        endpoints.MapGet("/hello", async (Greeting greeting, IQueueService queues, CancellationToken ct) =>
            Results.Ok(new
            {
                greeting.Text,
                greeting.Version,
                Queues = (await queues.ListAsync(Actor.System, ct)).Count,
                // The private dependency at work, and which version of it this plugin got.
                Json = JsonConvert.SerializeObject(new { greeting.Text }),
                JsonVersion = typeof(JsonConvert).Assembly.GetName().Version!.ToString(),
            }));
    }
}
