using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Abstractions.Ui;

/// <summary>Adds a plugin's navigation items, ticket panels and settings page to the web interface.</summary>
public static class UiServiceCollectionExtensions
{
    /// <summary>An item in the navigation of <paramref name="area"/>, leading to <paramref name="path"/>.</summary>
    public static IServiceCollection AddNavigationItem(
        this IServiceCollection services, PluginContext context, string id, LocalizedText title, string path, UiArea area, int order = 0) =>
        services.AddSingleton(Contribution(context, UiContributionKind.Navigation, id, title, path, area, order));

    /// <summary>A panel in the agents' ticket view, filled from <paramref name="path"/> (with <c>{number}</c>).</summary>
    public static IServiceCollection AddTicketPanel(
        this IServiceCollection services, PluginContext context, string id, LocalizedText title, string path, int order = 0) =>
        services.AddSingleton(Contribution(context, UiContributionKind.TicketPanel, id, title, path, UiArea.Agent, order));

    /// <summary>The plugin's settings page in the admin console.</summary>
    public static IServiceCollection AddSettingsPage(this IServiceCollection services, PluginContext context, LocalizedText title, string path) =>
        services.AddSingleton(Contribution(context, UiContributionKind.SettingsPage, "settings", title, path, UiArea.Admin, 0));

    // A path outside the plugin's own would let one plugin dress up as another, or as the core.
    private static UiContribution Contribution(
        PluginContext context, UiContributionKind kind, string id, LocalizedText title, string path, UiArea area, int order)
    {
        if (!path.StartsWith($"/api/v1/plugins/{context.Id}/", StringComparison.Ordinal) && !path.StartsWith($"/plugins/{context.Id}/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path of {kind} '{id}' must be below /api/v1/plugins/{context.Id}/ or /plugins/{context.Id}/, not '{path}'.", nameof(path));
        }

        if (string.IsNullOrWhiteSpace(title.En) || string.IsNullOrWhiteSpace(title.Ru))
        {
            throw new ArgumentException($"{kind} '{id}' needs a title in English and in Russian.", nameof(title));
        }

        return new UiContribution(context.Id, kind, id, title, path, area, order);
    }
}
