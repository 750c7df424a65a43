using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ServiceDesk.Abstractions.Plugins;

/// <summary>Binds and checks a plugin's settings while it starts.</summary>
public static class PluginSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TSettings"/> from the plugin's section (<c>ServiceDesk:Plugins:{id}</c>), checks its
    /// data annotations (<see cref="RequiredAttribute"/>, <see cref="RangeAttribute"/>, …) and
    /// <see cref="IValidatableObject"/>, and registers it both as itself and as <see cref="IOptions{TOptions}"/>.
    /// </summary>
    /// <remarks>
    /// Call it from <see cref="IServiceDeskPlugin.ConfigureServices"/>: wrong settings then throw
    /// <see cref="PluginSettingsException"/> there, which marks the plugin failed with the message, and the host starts
    /// without it. (Options validated only when the host starts would stop the whole host instead.)
    /// </remarks>
    /// <returns>The checked settings, for use while registering services.</returns>
    public static TSettings AddPluginSettings<TSettings>(this IServiceCollection services, PluginContext context)
        where TSettings : class, new()
    {
        var (settings, problems) = Check<TSettings>(context.Configuration);
        if (problems.Count > 0)
        {
            throw new PluginSettingsException($"Settings ServiceDesk:Plugins:{context.Id} are not valid: {string.Join(" ", problems)}");
        }

        services.AddSingleton(settings);
        services.AddSingleton(Options.Create(settings));
        // The same check for settings an administrator edits, before they are saved.
        services.AddSingleton(new PluginSettingsRegistration(context.Id, section => Check<TSettings>(section).Problems));
        return settings;
    }

    private static (TSettings Settings, IReadOnlyList<string> Problems) Check<TSettings>(IConfiguration section)
        where TSettings : class, new()
    {
        var settings = new TSettings();
        section.Bind(settings);
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), problems, validateAllProperties: true);
        return (settings, problems.Select(p => p.ErrorMessage ?? "A value is not valid.").ToList());
    }
}
