using System.CommandLine;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Core.Plugins;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Host.Cli;

/// <summary>
/// servicedesk plugin list | pack | install | upgrade | enable | disable | uninstall: the plugins and their state, and
/// the administrator's changes to them, which take effect when the service restarts.
/// </summary>
public static class PluginCliCommand
{
    public static Command Create() => new("plugin", "Manage plugins: changes take effect when the service restarts.")
    {
        List(),
        Pack(),
        FromPackage("install", "Install a plugin package (.sdpkg) that is not there yet.", (installer, file, ct) => installer.InstallAsync(file, ct)),
        FromPackage("upgrade", "Install a newer version of a plugin from its package (.sdpkg).", (installer, file, ct) => installer.UpgradeAsync(file, null, ct)),
        ById("enable", "Turn a disabled plugin on.", (installer, id, ct) => installer.SwitchAsync(id, enabled: true, ct)),
        ById("disable", "Turn a plugin off; its data is kept.", (installer, id, ct) => installer.SwitchAsync(id, enabled: false, ct)),
        Uninstall(),
    };

    private static Command List()
    {
        var list = new Command("list", "List the plugins as the service runs them (active, disabled, failed, incompatible, with the reason), and what changes when it restarts.");
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, (services, _) =>
        {
            // The service runs apart from this command: its last start says what it runs, where it ever started.
            var lastStart = services.GetRequiredService<PluginStartRecord>().Read();
            var overview = services.GetRequiredService<PluginOverview>();
            var plugins = lastStart is null ? overview.List() : overview.List(lastStart.Plugins);
            Console.WriteLine(lastStart is null
                ? "The service has not started with this data directory yet; as it would start them:"
                : $"As the service started them at {lastStart.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC:");
            if (plugins.Count == 0)
            {
                Console.WriteLine("No plugins found.");
            }

            foreach (var plugin in plugins)
            {
                var status = plugin.Status == PluginStatus.PendingRestart ? "pending" : plugin.Status.ToString().ToLowerInvariant();
                Console.WriteLine($"{plugin.Id,-24} {plugin.Version,-12} {status,-12} {plugin.Name}");
                if (plugin.Reason is not null)
                {
                    Console.WriteLine($"    {plugin.Reason}");
                }

                if (plugin.Pending is not null)
                {
                    Console.WriteLine($"    at the next start: {plugin.Pending}");
                }
            }

            return Task.CompletedTask;
        }, cancellationToken, needsDatabase: false));
        return list;
    }

    private static Command Pack()
    {
        var directory = new Argument<string>("directory") { Description = "The plugin's folder as built, with plugin.json." };
        var output = new Option<string>("--output") { Description = "Where to write {id}-{version}.sdpkg.", DefaultValueFactory = _ => "." };
        var sign = new Option<string?>("--sign") { Description = "The publisher's private key (PEM, ECDSA or RSA) to sign the package with." };
        var pack = new Command("pack", "Pack a plugin's folder into {id}-{version}.sdpkg, with a SHA-256 of every file.") { directory, output, sign };
        pack.SetAction((parseResult, cancellationToken) => CliRunner.RunWithoutHostAsync(async () =>
        {
            var key = parseResult.GetValue(sign) is { } keyPath ? await File.ReadAllTextAsync(keyPath, cancellationToken) : null;
            var path = await PluginPackageWriter.PackAsync(parseResult.GetValue(directory)!, parseResult.GetValue(output)!, key, cancellationToken);
            Console.WriteLine($"Packed {path}{(key is null ? "" : " (signed)")}.");
        }));
        return pack;
    }

    private static Command Uninstall()
    {
        var id = new Argument<string>("id") { Description = "The plugin's id, as 'servicedesk plugin list' shows it." };
        var purge = new Option<bool>("--purge") { Description = "Remove its data too, at once: its tables are dropped." };
        var command = new Command("uninstall", "Remove an installed plugin's files at the next start; its data is kept unless --purge.") { id, purge };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, async (services, ct) =>
        {
            var result = await services.GetRequiredService<PluginRemoval>().UninstallAsync(parseResult.GetValue(id)!, parseResult.GetValue(purge), ct);
            Console.WriteLine(result.Message);
        }, cancellationToken));
        return command;
    }

    private static Command FromPackage(string name, string description, Func<PluginInstaller, string, CancellationToken, Task<PluginChange>> change)
    {
        var file = new Argument<string>("file") { Description = "The package, {id}-{version}.sdpkg." };
        return Changing(new Command(name, description) { file }, file, change);
    }

    private static Command ById(string name, string description, Func<PluginInstaller, string, CancellationToken, Task<PluginChange>> change)
    {
        var id = new Argument<string>("id") { Description = "The plugin's id, as 'servicedesk plugin list' shows it." };
        return Changing(new Command(name, description) { id }, id, change);
    }

    private static Command Changing(Command command, Argument<string> argument, Func<PluginInstaller, string, CancellationToken, Task<PluginChange>> change)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, async (services, ct) =>
        {
            var result = await change(services.GetRequiredService<PluginInstaller>(), parseResult.GetValue(argument)!, ct);
            Console.WriteLine(result.Message);
        }, cancellationToken, needsDatabase: false));
        return command;
    }
}
