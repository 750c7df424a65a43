using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>
/// Settings: File, Node, Cron (default every second), TickMilliseconds (default 0), SlowLaterMilliseconds (how long a
/// delayed job whose text starts with "slow" takes; default 0). POST /later {text, delayMs} schedules the delayed job.
/// </summary>
public sealed class TickerPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        services.AddSingleton(new TickerSettings(
            context.Configuration["File"] ?? throw new InvalidOperationException("ServiceDesk:Plugins:ticker:File is required."),
            context.Configuration["Node"] ?? "node",
            Milliseconds(context, "TickMilliseconds"),
            Milliseconds(context, "SlowLaterMilliseconds")));
        services.AddRecurringJob<Tick>(context, "tick", context.Configuration["Cron"] ?? "* * * * * *");
        services.AddDelayedJob<LaterJob, Later>(context, "later");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context) =>
        endpoints.MapPost("/later", async (LaterRequest request, IJobScheduler jobs, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(new { Id = await jobs.ScheduleAsync<LaterJob, Later>(new Later(request.Text), clock.GetUtcNow().AddMilliseconds(request.DelayMs), ct) }));

    private static TimeSpan Milliseconds(PluginContext context, string setting) =>
        TimeSpan.FromMilliseconds(int.Parse(context.Configuration[setting] ?? "0", System.Globalization.CultureInfo.InvariantCulture));
}
