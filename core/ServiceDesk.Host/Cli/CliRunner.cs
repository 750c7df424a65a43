using System.CommandLine;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core;
using ServiceDesk.Host.Hosting;

namespace ServiceDesk.Host.Cli;

/// <summary>
/// Runs an administrative command against the configured database: builds the core without the web server, brings the
/// database up to date (unless the command needs none), and reports errors as one clear line with a non-zero exit code.
/// </summary>
public static class CliRunner
{
    public const int Failed = 1;

    /// <param name="needsDatabase">False for commands that touch only files (the plugins' installation), so that they
    /// work while the database cannot be reached.</param>
    public static Task<int> RunAsync(
        ParseResult parseResult, Func<IServiceProvider, CancellationToken, Task> action, CancellationToken cancellationToken, bool needsDatabase = true) =>
        RunAsync(GlobalOptions.SettingsOf(parseResult), async (services, ct) =>
        {
            await action(services, ct);
            return 0;
        }, cancellationToken, needsDatabase);

    /// <summary>Runs a command whose action decides the exit code (a plugin's command).</summary>
    public static Task<int> RunAsync(
        HostSettings settings, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken, bool needsDatabase = true) =>
        ReportAsync(async () =>
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
            {
                EnvironmentName = HostConfiguration.EnvironmentName,
                ContentRootPath = AppContext.BaseDirectory,
            });
            HostConfiguration.Apply(builder.Configuration, builder.Environment.EnvironmentName, settings.ConfigurationArguments, settings.DataPath);
            builder.Services.AddServiceDeskCore(builder.Configuration);
            PluginStartup.Start(builder.Services, builder.Configuration, applyPendingChanges: false);
            using var host = builder.Build();
            if (needsDatabase)
            {
                await DatabaseStartup.InitializeAsync(host.Services, Console.Out, cancellationToken);
            }

            await using var scope = host.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider, cancellationToken);
        });

    /// <summary>Runs a command that needs neither the configuration nor the database, with the same error reporting.</summary>
    public static Task<int> RunWithoutHostAsync(Func<Task> action) => ReportAsync(async () =>
    {
        await action();
        return 0;
    });

    private static async Task<int> ReportAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (ValidationException error)
        {
            // One line per problem, also when a field has several (a template with two mistakes).
            foreach (var (field, messages) in error.Errors)
            {
                foreach (var message in messages)
                {
                    await Console.Error.WriteLineAsync($"error: {field}: {message}");
                }
            }

            return Failed;
        }
        catch (Exception error) when (error is ServiceDeskException or OptionsValidationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return Failed;
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            // The database or the data directory cannot be reached: say so in one line, as for any other error.
            await Console.Error.WriteLineAsync($"error: {error.GetType().Name}: {error.Message}");
            return Failed;
        }
    }
}
