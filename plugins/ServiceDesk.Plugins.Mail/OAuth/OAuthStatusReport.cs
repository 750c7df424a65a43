using Microsoft.EntityFrameworkCore;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>How the OAuth2 logins' tokens stand, read from the database that every node shares.</summary>
public sealed class OAuthStatusReport(MailDbContext db, MailSettings settings, MailAccounts accounts, TimeProvider clock)
{
    /// <summary>Every login that uses OAuth2 (<see cref="MailAccounts.OAuthLoginsAsync"/>).</summary>
    public async Task<IReadOnlyList<OAuthStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var logins = await accounts.OAuthLoginsAsync(cancellationToken);
        var names = logins.Select(l => l.Name).ToList();
        var rows = await db.OAuthTokens.AsNoTracking().Where(t => names.Contains(t.Login)).ToDictionaryAsync(t => t.Login, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return logins.Select(l => OAuthStatus.Of(l, rows.GetValueOrDefault(l.Name), now, settings.OAuth2WarnDays)).ToList();
    }

    public async Task<OAuthStatus> OfAsync(OAuthLogin login, CancellationToken cancellationToken)
    {
        var row = await db.OAuthTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Login == login.Name, cancellationToken);
        return OAuthStatus.Of(login, row, clock.GetUtcNow().UtcDateTime, settings.OAuth2WarnDays);
    }
}
