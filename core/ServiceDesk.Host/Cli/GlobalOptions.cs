using System.CommandLine;
using ServiceDesk.Host.Hosting;

namespace ServiceDesk.Host.Cli;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "The data directory (database, attachments, logs); default ./data or ServiceDesk__DataPath.",
        Recursive = true,
    };

    /// <summary>The settings for building a host: --data and any "--Section:Key=value" left over for configuration.</summary>
    public static HostSettings SettingsOf(ParseResult parseResult) =>
        new(parseResult.GetValue(Data), parseResult.UnmatchedTokens.ToList());
}
