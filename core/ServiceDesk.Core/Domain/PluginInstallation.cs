namespace ServiceDesk.Core.Domain;

/// <summary>Which version of a plugin last started on this database: decides whether its install or upgrade hook runs.</summary>
public sealed class PluginInstallation
{
    public string PluginId { get; set; } = "";

    public string Version { get; set; } = "";

    public DateTime InstalledAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
