using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Jobs;

/// <summary>
/// Keeps a recurring run's claim alive while the run works: every third of the lease the claim is extended, so that a
/// run may take longer than the lease while a crashed node's claim still runs out one lease after its last renewal.
/// When the claim is found taken over (this node stalled past its lease), <see cref="Token"/> is cancelled, so that
/// the run stops instead of working beside the node that took it.
/// </summary>
public sealed partial class RecurringLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private readonly ILogger _logger;

    public RecurringLease(IServiceScopeFactory scopes, string name, Guid claim, TimeSpan lease, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        _logger = logger;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewing = RenewAsync(scopes, name, claim, lease, clock);
    }

    /// <summary>Cancelled when the node stops or the claim was lost: the run's token.</summary>
    public CancellationToken Token => _lost.Token;

    /// <summary>True when another node took the run over.</summary>
    public bool Lost { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync(IServiceScopeFactory scopes, string name, Guid claim, TimeSpan lease, TimeProvider clock)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, _lost.Token);
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, clock, both.Token);
                try
                {
                    if (!await RenewOnceAsync(scopes, name, claim, clock.GetUtcNow().UtcDateTime + lease, both.Token))
                    {
                        LogLost(_logger, name);
                        Lost = true;
                        await _lost.CancelAsync();
                        return;
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The next renewal tries again; until the lease runs out the claim still holds.
                    LogNotRenewed(_logger, error, name);
                }
            }
        }
        catch (OperationCanceledException) when (both.IsCancellationRequested)
        {
            // The run ended, or the node stops: nothing more to keep.
        }
    }

    private static async Task<bool> RenewOnceAsync(IServiceScopeFactory scopes, string name, Guid claim, DateTime until, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var renewed = await scope.ServiceProvider.GetRequiredService<WriteTransaction>().RunAsync(ct => db.RecurringJobs
            .Where(j => j.Name == name && j.ClaimedBy == claim)
            .ExecuteUpdateAsync(j => j.SetProperty(x => x.LeaseUntil, until), ct), cancellationToken);
        return renewed > 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Name}: another node took the run over after this one's claim ran out; the run stops here")]
    private static partial void LogLost(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Name}: the run's claim could not be renewed; trying again")]
    private static partial void LogNotRenewed(ILogger logger, Exception error, string name);
}
