using System.CommandLine;
using ServiceDesk.Host.Hosting;

namespace ServiceDesk.Host.Cli;

/// <summary>servicedesk serve: runs the web service until stopped.</summary>
public static class ServeCliCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Listen URL, default http://127.0.0.1:5080 (ServiceDesk:Urls)." };
        var command = new Command("serve", "Run the service (REST API under /api/v1).") { urls };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.SettingsOf(parseResult);
            var listen = parseResult.GetValue(urls);
            var app = ServiceDeskWebApp.Build(settings, builder =>
            {
                if (listen is not null)
                {
                    builder.Configuration.AddInMemoryCollection([new("ServiceDesk:Urls", listen)]);
                }
            });
            await DatabaseStartup.InitializeAsync(app.Services, Console.Out, cancellationToken);
            // Checking and applying migrations builds large models that are garbage once the service runs; hand that
            // memory back to the system before serving instead of keeping it for the life of the process.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
