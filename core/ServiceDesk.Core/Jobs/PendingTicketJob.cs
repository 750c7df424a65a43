using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Core.Jobs;

/// <summary>Runs the pending-ticket wake-up every half minute while the host runs.</summary>
public sealed partial class PendingTicketJob(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<PendingTicketJob> logger, TimeProvider clock)
    : PollingWorker(scopes, lifetime, TimeSpan.FromSeconds(30), clock, logger)
{
    protected override string Work => "Waking pending tickets";

    protected override async Task<bool> RunRoundAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var woken = await services.GetRequiredService<PendingTicketProcessor>().ProcessDueAsync(cancellationToken);
        if (woken > 0)
        {
            LogWoken(logger, woken);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Count} pending tickets")]
    private static partial void LogWoken(ILogger logger, int count);
}
