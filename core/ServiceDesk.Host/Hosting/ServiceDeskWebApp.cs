using Microsoft.AspNetCore.Authentication;
using Serilog;
using ServiceDesk.Core;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Events;
using ServiceDesk.Core.Jobs;
using ServiceDesk.Host.Api;
using ServiceDesk.Host.Auth;

namespace ServiceDesk.Host.Hosting;

/// <summary>The composition root of the web service: configuration, logging, the core, authentication and the API.</summary>
public static class ServiceDeskWebApp
{
    /// <summary>Builds the web application; <paramref name="configure"/> lets tests add settings or a test server.</summary>
    public static WebApplication Build(HostSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        // The slim builder leaves out what ServiceDesk does not use (IIS integration, HTTP/3, hosting startup
        // assemblies): less to load and keep in memory. HTTPS addresses in ServiceDesk:Urls keep working.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = HostConfiguration.EnvironmentName,
        });
        HostConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, settings.ConfigurationArguments, settings.DataPath);
        configure?.Invoke(builder);

        var options = builder.Configuration.GetSection(ServiceDeskOptions.SectionName).Get<ServiceDeskOptions>() ?? new ServiceDeskOptions();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.Limits.MaxRequestBytes;
        });
        builder.Services.AddSerilog((services, logger) => LogSetup.Configure(logger, builder.Configuration, options));

        builder.Services.AddServiceDeskCore(builder.Configuration);
        builder.Services.AddHostedService<PendingTicketJob>();
        builder.Services.AddHostedService<EventDispatchJob>();
        builder.Services.AddHostedService<JobRunnerService>();
        builder.Services.AddHostedService<DelayedJobRunnerService>();
        var plugins = PluginStartup.Start(builder.Services, builder.Configuration, applyPendingChanges: true);
        // AddAuthentication() would register data protection too, whose key ring is loaded at start (about 7 MB)
        // although nothing here uses it: bearer tokens are checked against their stored hashes.
        builder.Services.AddAuthenticationCore(authentication =>
        {
            authentication.DefaultScheme = BearerTokenHandler.SchemeName;
            authentication.AddScheme<BearerTokenHandler>(BearerTokenHandler.SchemeName, displayName: null);
        });
        builder.Services.AddWebEncoders();
        builder.Services.AddAuthorization();
        // Malformed bodies and query strings raise errors that ProblemMapping explains, instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemMapping>();
        builder.Services.AddOpenApi("v1", openApi => openApi.AddSchemaTransformer<OptionalSchemaTransformer>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        HealthEndpoints.Map(app);
        app.MapOpenApi("/api/v1/openapi.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        TicketEndpoints.Map(api);
        QueueEndpoints.Map(api);
        UserEndpoints.Map(api);
        CustomerEndpoints.Map(api);
        SettingsEndpoints.Map(api);
        EventDeliveryEndpoints.Map(api);
        JobEndpoints.Map(api);
        UiEndpoints.Map(api);
        PluginSettingsEndpoints.Map(api);
        PluginEndpoints.Map(api, plugins, app.Logger);
        return app;
    }
}
