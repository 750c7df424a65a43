using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Jobs;

namespace ServiceDesk.Core.Events;

/// <summary>Runs the <see cref="EventDispatcher"/> for the life of the service: round after round while there is work, then at each poll.</summary>
public sealed class EventDispatchJob(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<ServiceDeskOptions> options,
    TimeProvider clock,
    ILogger<EventDispatchJob> logger)
    : PollingWorker(scopes, lifetime, TimeSpan.FromMilliseconds(options.Value.Events.PollMilliseconds), clock, logger)
{
    protected override string Work => "Delivering events";

    protected override async Task<bool> RunRoundAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var dispatcher = services.GetRequiredService<EventDispatcher>();
        var takenUp = await dispatcher.TakeUpAsync(cancellationToken);
        var delivered = await dispatcher.DeliverDueAsync(cancellationToken);
        // Straight on while there is more: a full take-up, or deliveries run (their handlers may have raised events,
        // and more may be due). Otherwise events gather until the next poll and are taken up together.
        return takenUp == EventDispatcher.TakeUpSize || delivered > 0;
    }
}
