using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// The core's services without the web host and its background jobs, on a fresh SQLite file, for tests that decide
/// themselves when work runs; disposing deletes the file.
/// </summary>
public sealed class CoreOnSqlite : IAsyncDisposable
{
    private CoreOnSqlite(string file, ServiceProvider services) => (File, Services) = (file, services);

    /// <summary>The database file.</summary>
    public string File { get; }

    public ServiceProvider Services { get; }

    public string ConnectionString => $"Data Source={File}";

    public static async Task<CoreOnSqlite> StartAsync(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"servicedesk-{name}-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceDesk:Database:Provider"] = "sqlite",
            ["ServiceDesk:Database:ConnectionString"] = $"Data Source={file}",
            ["ServiceDesk:DataPath"] = Path.GetTempPath(),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddServiceDeskCore(configuration).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        return new CoreOnSqlite(file, services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(File)!, Path.GetFileName(File) + "*"))
        {
            System.IO.File.Delete(file);
        }
    }
}
