using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Abstractions.Templates;

/// <summary>Registers a plugin's template variables.</summary>
public static class TemplateVariableServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TSource"/> (scoped) as the source of <c>plugins.{id}</c> in templates.</summary>
    /// <param name="services">The services the plugin registers.</param>
    /// <param name="context">The plugin's context, as passed to <see cref="IServiceDeskPlugin.ConfigureServices"/>.</param>
    public static IServiceCollection AddTemplateVariables<TSource>(this IServiceCollection services, PluginContext context)
        where TSource : class, ITemplateVariableSource
    {
        services.AddScoped<TSource>();
        services.AddSingleton(new TemplateVariableSourceRegistration(context.Id, typeof(TSource)));
        return services;
    }
}
