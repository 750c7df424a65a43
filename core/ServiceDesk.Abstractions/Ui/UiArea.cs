using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Ui;

/// <summary>Which part of the web interface a contribution belongs to, and so who sees it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UiArea>))]
public enum UiArea
{
    /// <summary>The agents' workspace: agents and administrators.</summary>
    Agent,

    /// <summary>The admin console: administrators.</summary>
    Admin,

    /// <summary>The customer portal: customer users.</summary>
    Portal,
}
