using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk" configuration section.</summary>
public sealed class ServiceDeskOptions
{
    public const string SectionName = "ServiceDesk";

    /// <summary>Where the database file, attachments and logs live; relative paths are from the working directory.</summary>
    [Required]
    public string DataPath { get; set; } = "./data";

    /// <summary>The URL the web host listens on.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public DatabaseOptions Database { get; set; } = new();

    public TicketNumberOptions TicketNumbers { get; set; } = new();

    public LimitOptions Limits { get; set; } = new();

    public SearchOptions Search { get; set; } = new();

    public WorkerOptions Events { get; set; } = new();

    public WorkerOptions Jobs { get; set; } = new();

    public PluginPackageOptions PluginPackages { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public ThemeOptions Themes { get; set; } = new();

    /// <summary>The data directory as an absolute path.</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);
}
