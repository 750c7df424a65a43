using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Ui;

/// <summary>What a plugin adds to the web interface.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UiContributionKind>))]
public enum UiContributionKind
{
    /// <summary>An item in an area's navigation, leading to one of the plugin's pages.</summary>
    Navigation,

    /// <summary>A panel in the ticket view, filled from the plugin's endpoint for the ticket shown.</summary>
    TicketPanel,

    /// <summary>The plugin's page in the admin console's settings.</summary>
    SettingsPage,
}
