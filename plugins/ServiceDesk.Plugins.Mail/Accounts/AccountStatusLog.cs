using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// Records how each reading of an account went, for administrators (<c>status</c> in the API, <c>account list</c> in the
/// CLI). The poll job reads its accounts at the same time, so each record is written in a scope of its own.
/// </summary>
public sealed class AccountStatusLog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public Task ReadAsync(string accountId, CancellationToken cancellationToken) =>
        WriteAsync(accountId, status => (status.LastReadAt, status.LastError) = (clock.GetUtcNow().UtcDateTime, null), cancellationToken);

    public Task FailedAsync(string accountId, string reason, CancellationToken cancellationToken) =>
        WriteAsync(accountId, status => (status.LastFailedAt, status.LastError) =
            (clock.GetUtcNow().UtcDateTime, reason.Length > AccountStatus.MaxErrorLength ? reason[..AccountStatus.MaxErrorLength] : reason), cancellationToken);

    private async Task WriteAsync(string accountId, Action<AccountStatus> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        var status = await db.AccountStatuses.FindAsync([accountId], cancellationToken);
        if (status is null)
        {
            status = new AccountStatus { AccountId = accountId };
            db.AccountStatuses.Add(status);
        }

        change(status);
        await db.SaveChangesAsync(cancellationToken);
    }
}
