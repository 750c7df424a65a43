using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Host.Hosting;

/// <summary>
/// Where settings come from, lowest to highest: config/appsettings.json next to the executable, then
/// config/appsettings.{Environment}.json, then environment variables (ServiceDesk__Database__Provider=postgres), then
/// the command line (--ServiceDesk:Database:Provider=postgres, and --data for the data directory). Plugins' settings
/// that administrators edited ({data}/plugins/settings) come between the files and the environment variables.
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

        // Plugins' settings as administrators edit them live in the data directory, which the sources above name: they
        // go in after the configuration files, before environment variables and the command line.
        var data = builder.Build()["ServiceDesk:DataPath"] ?? new ServiceDeskOptions().DataPath;
        builder.Sources.Insert(2, new MemoryConfigurationSource { InitialData = PluginSettingsStore.ConfigurationOf(data).ToList() });
    }

    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
}
