namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// A test server with bundled plugins installed (the email channel unless told otherwise), on a data directory that goes
/// with it, and the administrator's client.
/// </summary>
public sealed class BundledPluginHost : IAsyncDisposable
{
    private BundledPluginHost(ServiceDeskServer server, HttpClient admin)
    {
        Server = server;
        Admin = admin;
    }

    public ServiceDeskServer Server { get; }

    public HttpClient Admin { get; }

    /// <param name="settings">The plugin's settings (its mailboxes, say) and the host's, next to the provider's database.</param>
    /// <param name="plugins">The ids of the bundled plugins to install.</param>
    public static async Task<BundledPluginHost> StartAsync(
        string provider, IReadOnlyDictionary<string, string?>? settings = null, IReadOnlyList<string>? plugins = null)
    {
        var dataPath = ServiceDeskServer.NewDataPath();
        foreach (var id in plugins ?? ["mail"])
        {
            TestPlugins.InstallBundled(dataPath, id);
        }

        var server = await ServiceDeskServer.StartAsync(provider, settings, dataPath: dataPath);
        return new BundledPluginHost(server, await server.AgentAsync("admin"));
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Server.DataPath, recursive: true);
    }
}
