namespace ServiceDesk.Abstractions.Ui;

/// <summary>One thing a plugin adds to the web interface; made by <see cref="UiServiceCollectionExtensions"/>.</summary>
/// <param name="PluginId">The plugin that adds it.</param>
/// <param name="Kind">Navigation item, ticket panel or settings page.</param>
/// <param name="Id">Its id within the plugin.</param>
/// <param name="Title">What it is called, in English and Russian.</param>
/// <param name="Path">
/// Where it comes from: a path below the plugin's own, <c>/api/v1/plugins/{id}/…</c> for its endpoints or
/// <c>/plugins/{id}/…</c> for its pages. A ticket panel's path may hold <c>{number}</c>, the ticket's number.
/// </param>
/// <param name="Area">Who sees it: a ticket panel is in the agents' workspace, a settings page in the admin console.</param>
/// <param name="Order">Where it goes among its kind: lower first.</param>
public sealed record UiContribution(string PluginId, UiContributionKind Kind, string Id, LocalizedText Title, string Path, UiArea Area, int Order);
