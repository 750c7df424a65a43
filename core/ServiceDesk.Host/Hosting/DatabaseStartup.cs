using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Host.Hosting;

/// <summary>
/// Checks the settings, migrates and seeds the database before anything else runs, shows a generated admin password
/// once, and prepares the active plugins' data (their migrations, install and upgrade hooks).
/// </summary>
public static class DatabaseStartup
{
    public static async Task InitializeAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        // Reading the settings validates them: a bad value stops here with its name, before anything is written.
        _ = services.GetRequiredService<IOptions<ServiceDeskOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var password = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        if (password is not null)
        {
            await output.WriteLineAsync($"Created the administrator 'admin' with the password: {password}");
            await output.WriteLineAsync("It is shown only this once. Change it, or set SERVICEDESK_ADMIN_PASSWORD before the first start.");
        }

        await services.GetRequiredService<PluginDataStartup>().PrepareAsync(cancellationToken);
    }
}
