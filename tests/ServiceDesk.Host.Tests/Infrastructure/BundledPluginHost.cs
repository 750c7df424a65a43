namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// A test server with the bundled email plugin installed, on a data directory that goes with it, and the administrator's
/// client.
/// </summary>
public sealed class MailPluginHost : IAsyncDisposable
{
    private MailPluginHost(ServiceDeskServer server, HttpClient admin)
    {
        Server = server;
        Admin = admin;
    }

    public ServiceDeskServer Server { get; }

    public HttpClient Admin { get; }

    /// <param name="settings">The plugin's settings (its mailboxes, say) and the host's, next to the provider's database.</param>
    public static async Task<MailPluginHost> StartAsync(string provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataPath = ServiceDeskServer.NewDataPath();
        TestPlugins.InstallBundled(dataPath, "mail");
        var server = await ServiceDeskServer.StartAsync(provider, settings, dataPath: dataPath);
        return new MailPluginHost(server, await server.AgentAsync("admin"));
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Server.DataPath, recursive: true);
    }
}
