using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.TestPlugins.Recorder;

/// <summary>
/// Settings: File (where events are written), DelayMs (per event), Misbehave (adds the failing handlers), SlowMs (adds
/// the slow handler, which takes this long per event).
/// </summary>
public sealed class RecorderPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        var settings = new RecorderSettings(
            context.Configuration["File"] ?? throw new InvalidOperationException("ServiceDesk:Plugins:recorder:File is required."),
            int.Parse(context.Configuration["DelayMs"] ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(context.Configuration["SlowMs"] ?? "0", System.Globalization.CultureInfo.InvariantCulture));
        services.AddSingleton(settings);
        services.AddDomainEventHandler<TicketCreated, RecordingHandler>();
        if (context.Configuration["SlowMs"] is not null)
        {
            // After the recording handler: its deliveries come later in a round.
            services.AddDomainEventHandler<TicketCreated, SlowHandler>();
        }

        if (context.Configuration["Misbehave"] == "true")
        {
            services.AddDomainEventHandler<TicketCreated, FlakyHandler>();
            services.AddDomainEventHandler<TicketCreated, RefusingHandler>();
        }
    }
}
