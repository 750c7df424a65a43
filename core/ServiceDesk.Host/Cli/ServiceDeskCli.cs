using System.CommandLine;

namespace ServiceDesk.Host.Cli;

/// <summary>The `servicedesk` command line.</summary>
public static class ServiceDeskCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("ServiceDesk: a self-hosted, plugin-based service desk. Plugins add commands: 'servicedesk <plugin>' lists a plugin's.")
        {
            ServeCliCommand.Create(),
            DbCliCommand.Create(),
            UserCliCommand.Create(),
            TokenCliCommand.Create(),
            QueueCliCommand.Create(),
            PluginCliCommand.Create(),
        };
        root.Options.Add(GlobalOptions.Data);
        PluginCommandsCli.AddTo(root);
        return root;
    }
}
