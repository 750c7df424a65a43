using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Abstractions.Data;

/// <summary>Gives a plugin tables of its own, with migrations of its own, in the host's database.</summary>
public static class PluginDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> (scoped, its instances pooled: a scope that uses the context costs no new
    /// instance of it and of Entity Framework's services behind it) on the host's database. The host applies the context's
    /// migrations (found in the context's assembly) at every start, before the plugin's install and upgrade hooks, and
    /// records them in the plugin's own history table. The migrations run on both engines: write them without
    /// engine-specific column types (see docs/plugins.md).
    /// </summary>
    /// <typeparam name="TContext">The plugin's context; it needs a public constructor taking <c>DbContextOptions&lt;TContext&gt;</c>.</typeparam>
    /// <param name="services">The services the plugin registers.</param>
    /// <param name="context">The plugin's context, as passed to <see cref="IServiceDeskPlugin.ConfigureServices"/>.</param>
    public static IServiceCollection AddPluginDbContext<TContext>(this IServiceCollection services, PluginContext context)
        where TContext : DbContext
    {
        services.AddDbContextPool<TContext>((provider, options) => provider.GetRequiredService<IPluginDatabase>().Configure(options, context.Id));
        services.AddSingleton(new PluginDbContextRegistration(context.Id, typeof(TContext)));
        return services;
    }
}
