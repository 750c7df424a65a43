using System.CommandLine;
using System.Text.RegularExpressions;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Host.Hosting;

namespace ServiceDesk.Host.Cli;

/// <summary>
/// servicedesk {plugin id} {command} [arguments]: the commands that plugins add. The plugins are known only once the
/// host has started them, so the root command takes what no built-in command took: the plugin's id, the command's
/// name and its arguments; "--Section:Key=value" settings among them go to the configuration, as for every command.
/// </summary>
public static partial class PluginCommandsCli
{
    public static void AddTo(RootCommand root)
    {
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parseResult, cancellationToken) =>
        {
            var tokens = parseResult.UnmatchedTokens;
            var words = tokens.Where(t => !Setting().IsMatch(t)).ToList();
            if (words.Count == 0)
            {
                Console.Error.WriteLine("error: name a command; 'servicedesk --help' lists them, and 'servicedesk <plugin>' a plugin's.");
                return Task.FromResult(CliRunner.Failed);
            }

            var settings = new HostSettings(parseResult.GetValue(GlobalOptions.Data), tokens.Where(t => Setting().IsMatch(t)).ToList());
            return CliRunner.RunAsync(settings, (services, ct) => RunAsync(services, words, ct), cancellationToken);
        });
    }

    private static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var pluginId = words[0];
        var commands = services.GetServices<PluginCommandRegistration>().Where(r => r.PluginId == pluginId).Select(r => r.Command).ToList();
        if (commands.Count == 0)
        {
            throw new NotFoundException(
                $"There is no command '{pluginId}', and no active plugin of that id with commands: 'servicedesk --help' lists the commands, 'servicedesk plugin list' the plugins.");
        }

        if (words.Count == 1 || words[1] is "--help" or "-h" or "help")
        {
            Console.WriteLine($"Commands of plugin '{pluginId}':");
            foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                Console.WriteLine($"  servicedesk {pluginId} {command.Name} {command.Usage}".TrimEnd());
                Console.WriteLine($"      {command.Description}");
            }

            return 0;
        }

        var chosen = commands.SingleOrDefault(c => c.Name == words[1])
            ?? throw new NotFoundException($"Plugin '{pluginId}' has no command '{words[1]}'; 'servicedesk {pluginId}' lists its commands.");
        try
        {
            return await chosen.RunAsync(new PluginCommandContext(words.Skip(2).ToList(), services, Console.Out, Console.Error), cancellationToken);
        }
        catch (Exception error) when (error is not (ServiceDeskException or OperationCanceledException))
        {
            // The plugin's failure, in one line like every other: the host is not at fault.
            await Console.Error.WriteLineAsync($"error: servicedesk {pluginId} {chosen.Name} failed: {error.GetType().Name}: {error.Message}");
            return CliRunner.Failed;
        }
    }

    // A configuration setting on the command line: --Section:Key=value.
    [GeneratedRegex("^--[^=]*:[^=]*=")]
    private static partial Regex Setting();
}
