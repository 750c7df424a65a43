using System.CommandLine;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Host.Cli;

/// <summary>servicedesk plugin list: the bundled and installed plugins, and whether each runs.</summary>
public static class PluginCliCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the plugins, their versions and state (active, disabled, failed, incompatible) with the reason.");
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, (services, _) =>
        {
            var plugins = services.GetRequiredService<PluginRegistry>().Plugins;
            if (plugins.Count == 0)
            {
                Console.WriteLine("No plugins found.");
            }

            foreach (var plugin in plugins)
            {
                var line = $"{plugin.Id,-24} {plugin.Version,-12} {plugin.Status.ToString().ToLowerInvariant(),-12} {plugin.Name}";
                Console.WriteLine(plugin.Reason is null ? line : $"{line}\n    {plugin.Reason}");
            }

            return Task.CompletedTask;
        }, cancellationToken));
        return new Command("plugin", "Manage plugins.") { list };
    }
}
