using Microsoft.Extensions.Configuration;

namespace ServiceDesk.Host.Hosting;

/// <summary>
/// Where settings come from, lowest to highest: config/appsettings.json next to the executable, then
/// config/appsettings.{Environment}.json, then environment variables (ServiceDesk__Database__Provider=postgres), then
/// the command line (--ServiceDesk:Database:Provider=postgres, and --data for the data directory).
/// </summary>
public static class HostConfiguration
{
    public static void Apply(IConfigurationBuilder builder, string environment, IReadOnlyList<string> commandLine, string? dataPath)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "config");
        builder.Sources.Clear();
        builder.AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables();
        builder.AddCommandLine(commandLine.ToArray());
        if (dataPath is not null)
        {
            builder.AddInMemoryCollection([new("ServiceDesk:DataPath", dataPath)]);
        }
    }

    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
}
