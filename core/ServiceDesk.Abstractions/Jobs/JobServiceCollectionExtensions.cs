using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Abstractions.Jobs;

/// <summary>Registers a plugin's durable jobs: kept in the database, run once across nodes, retried when they fail.</summary>
public static class JobServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TJob"/> (scoped) to run on <paramref name="cron"/>, in UTC.</summary>
    /// <param name="services">The services the plugin registers.</param>
    /// <param name="context">The plugin's context, as passed to <see cref="IServiceDeskPlugin.ConfigureServices"/>.</param>
    /// <param name="name">The job's name within the plugin, e.g. <c>poll-mailboxes</c>.</param>
    /// <param name="cron">Five fields (<c>*/5 * * * *</c>: every five minutes), or six with seconds first.</param>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, PluginContext context, string name, string cron)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration($"{context.Id}:{name}", typeof(TJob), cron, null,
            (provider, _, job, cancellationToken) => provider.GetRequiredService<TJob>().RunAsync(job, cancellationToken)));
        return services;
    }

    /// <summary>Registers <typeparamref name="TJob"/> (scoped) as a delayed job, scheduled with <see cref="IJobScheduler"/>.</summary>
    /// <param name="services">The services the plugin registers.</param>
    /// <param name="context">The plugin's context, as passed to <see cref="IServiceDeskPlugin.ConfigureServices"/>.</param>
    /// <param name="name">The job's name within the plugin, e.g. <c>send-survey</c>.</param>
    public static IServiceCollection AddDelayedJob<TJob, TPayload>(this IServiceCollection services, PluginContext context, string name)
        where TJob : class, IDelayedJob<TPayload>
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration($"{context.Id}:{name}", typeof(TJob), null, typeof(TPayload),
            (provider, payload, job, cancellationToken) => provider.GetRequiredService<TJob>().RunAsync((TPayload)payload!, job, cancellationToken)));
        return services;
    }
}
