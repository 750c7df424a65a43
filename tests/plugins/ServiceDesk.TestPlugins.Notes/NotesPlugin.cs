using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.TestPlugins.Notes;

/// <summary>
/// GET / lists the notes, POST / adds one; the install and upgrade hooks add a note each; `servicedesk notes add "text"`
/// and `servicedesk notes count` in the command line.
/// </summary>
public sealed class NotesPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        services.AddSingleton(new NotesSettings(context.Version, context.Configuration["HookFile"]));
        services.AddPluginDbContext<NotesDbContext>(context);
        services.AddPluginCommand(context, new PluginCommand("add", "<text>", "Adds a note.", async (command, ct) =>
        {
            if (command.Arguments.Count != 1)
            {
                await command.Error.WriteLineAsync("error: give the note's text, in quotes.");
                return 2;
            }

            await AddAsync(command.Services, command.Arguments[0], ct);
            await command.Output.WriteLineAsync("Added.");
            return 0;
        }));
        services.AddPluginCommand(context, new PluginCommand("count", "", "Prints how many notes there are.", async (command, ct) =>
        {
            await command.Output.WriteLineAsync((await command.Services.GetRequiredService<NotesDbContext>().Notes.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context)
    {
        endpoints.MapGet("/", async (NotesDbContext db, CancellationToken ct) =>
            Results.Ok(await db.Notes.OrderBy(n => n.CreatedAt).ToListAsync(ct)));
        endpoints.MapPost("/", async (Note note, NotesDbContext db, CancellationToken ct) =>
        {
            db.Notes.Add(new Note { Text = note.Text });
            await db.SaveChangesAsync(ct);
            return Results.Ok();
        });
    }

    public Task InstallAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        AddAsync(services, $"installed {services.GetRequiredService<NotesSettings>().Version}", cancellationToken);

    public Task UpgradeAsync(IServiceProvider services, string fromVersion, CancellationToken cancellationToken) =>
        AddAsync(services, $"upgraded from {fromVersion} to {services.GetRequiredService<NotesSettings>().Version}", cancellationToken);

    public async Task UninstallAsync(IServiceProvider services, bool purge, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<NotesSettings>().HookFile is { } file)
        {
            var notes = await services.GetRequiredService<NotesDbContext>().Notes.CountAsync(cancellationToken);
            await File.AppendAllTextAsync(file, $"uninstall purge={purge} notes={notes}\n", cancellationToken);
        }
    }

    private static async Task AddAsync(IServiceProvider services, string text, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<NotesDbContext>();
        db.Notes.Add(new Note { Text = text });
        await db.SaveChangesAsync(cancellationToken);
    }
}
