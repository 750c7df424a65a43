using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Templates;

namespace ServiceDesk.TestPlugins.Legacy;

/// <summary>Answers GET /api/v1/plugins/legacy/json with the version of Newtonsoft.Json it was given.</summary>
public sealed class LegacyPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context) =>
        services.AddTemplateVariables<BrokenVariables>(context);

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context) =>
        endpoints.MapGet("/json", () => Results.Ok(new
        {
            Json = JsonConvert.SerializeObject(new[] { 1, 2 }),
            JsonVersion = typeof(JsonConvert).Assembly.GetName().Version!.ToString(),
        }));
}
