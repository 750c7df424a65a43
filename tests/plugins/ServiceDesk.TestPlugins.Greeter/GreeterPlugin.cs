using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.TestPlugins.Greeter;

/// <summary>Registers a service built from its settings and answers GET /api/v1/plugins/greeter/hello with it.</summary>
public sealed class GreeterPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        var settings = services.AddPluginSettings<GreeterSettings>(context);
        services.AddSingleton(new Greeting(settings.Greeting, context.Version));
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
