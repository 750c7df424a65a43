using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Jobs;

namespace ServiceDesk.Core.Search;

/// <summary>
/// Keeps SQLite's full-text index close behind the writes: every second, whatever was written since goes into the
/// index in one batch (see <see cref="SqliteSearchIndexer"/>).
/// </summary>
public sealed class SqliteSearchIndexJob(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<SqliteSearchIndexJob> logger, TimeProvider clock)
    : PollingWorker(scopes, lifetime, TimeSpan.FromSeconds(1), clock, logger)
{
    protected override string Work => "Adding new articles and titles to the full-text index";

    protected override async Task<bool> RunRoundAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<SqliteSearchIndexer>().CatchUpAsync(cancellationToken);
        return false;
    }
}
