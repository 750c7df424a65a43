using System.Net.Http.Headers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Abstractions;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Security;
using ServiceDesk.Host.Hosting;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>The whole web application on an in-memory test server, on a fresh SQLite file or PostgreSQL database.</summary>
public sealed class ServiceDeskServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly bool _ownsData;

    private ServiceDeskServer(WebApplication app, string dataPath, bool ownsData)
    {
        _app = app;
        DataPath = dataPath;
        _ownsData = ownsData;
    }

    public string DataPath { get; }

    /// <summary>The database this server uses, so that a second server node can share it.</summary>
    public string ConnectionString =>
        ServiceDesk.Core.ServiceCollectionExtensions.ConnectionStringOf(Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceDesk.Core.Configuration.ServiceDeskOptions>>().Value);

    public IServiceProvider Services => _app.Services;

    /// <param name="clock">The node's clock, when a test moves time on; the real one otherwise.</param>
    /// <param name="dataPath">
    /// A data directory the test has prepared (installed plugins, say), which it removes itself, so that it can start
    /// another server on it; a new one otherwise, which goes with the server.
    /// </param>
    public static async Task<ServiceDeskServer> StartAsync(
        string provider, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, string? dataPath = null)
    {
        var ownsData = dataPath is null;
        dataPath ??= NewDataPath();
        var configuration = new Dictionary<string, string?>
        {
            ["ServiceDesk:Database:Provider"] = provider,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        // A test that restarts a node on the same PostgreSQL database passes its connection string in the settings.
        if (provider == "postgres" && settings?.ContainsKey("ServiceDesk:Database:ConnectionString") != true)
        {
            configuration["ServiceDesk:Database:ConnectionString"] = await TestPostgres.CreateDatabaseAsync();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = ServiceDeskWebApp.Build(new HostSettings(dataPath, []), builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(configuration);
            if (clock is not null)
            {
                builder.Services.Replace(ServiceDescriptor.Singleton(clock));
            }
        });
        await DatabaseStartup.InitializeAsync(app.Services, TextWriter.Null, CancellationToken.None);
        await app.StartAsync();
        return new ServiceDeskServer(app, dataPath, ownsData);
    }

    /// <summary>A data directory of its own for a test server, not created yet.</summary>
    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "servicedesk-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => _app.GetTestClient();

    /// <summary>A client authenticated with a new token of the agent with this login.</summary>
    public async Task<HttpClient> AgentAsync(string login)
    {
        await using var scope = Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<AccessTokenService>().CreateForUserAsync(login, "test", null, CancellationToken.None);
        return WithToken(token);
    }

    /// <summary>Creates an agent with these group permissions and returns its client and id.</summary>
    public async Task<(HttpClient Client, int Id)> NewAgentAsync(string login, IReadOnlyDictionary<string, Permission> groups)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IUserService>().CreateAsync(Actor.System, new UserCommand
        {
            Login = login,
            Email = $"{login}@helpdesk.example",
            FirstName = login,
            Password = "long enough password",
            Groups = new Optional<IReadOnlyDictionary<string, Permission>>(groups),
        }, CancellationToken.None);
        return (await AgentAsync(login), user.Id);
    }

    /// <summary>A client authenticated as the customer user with this email (who must exist).</summary>
    public async Task<HttpClient> CustomerAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var customer = await scope.ServiceProvider.GetRequiredService<CustomerDirectory>().FindAsync(email, CancellationToken.None)
            ?? throw new InvalidOperationException($"No customer {email}.");
        var token = await scope.ServiceProvider.GetRequiredService<AccessTokenService>().CreateForCustomerAsync(customer.Id, "test", null, CancellationToken.None);
        return WithToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsData && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private HttpClient WithToken(string token)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
