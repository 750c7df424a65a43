using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>
/// Looks after the OAuth2 logins once a day (<see cref="MailSettings.OAuth2CheckSchedule"/>): a refresh token that
/// expires soon, or whose last renewal failed, is renewed, which keeps a login that is seldom used (an SMTP server that
/// sends little) from lapsing unused; whatever still needs an administrator is logged as a warning, so that the log says
/// so every day until it is done. The logins are those of the accounts as they are at the run, stored ones too; a run
/// without any reads the accounts and ends.
/// </summary>
public sealed partial class OAuthCheckJob(MailAccounts accounts, OAuthTokens tokens, OAuthStatusReport report, ILogger<OAuthCheckJob> logger) : IRecurringJob
{
    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        foreach (var login in await accounts.OAuthLoginsAsync(cancellationToken))
        {
            var status = await report.OfAsync(login, cancellationToken);
            if (status.State is OAuthState.ExpiresSoon or OAuthState.Expired or OAuthState.Failing)
            {
                try
                {
                    await tokens.RenewAsync(login, cancellationToken);
                }
                catch (OAuthTokenException)
                {
                    // Recorded with the tokens, and said in the warning below.
                }

                status = await report.OfAsync(login, cancellationToken);
            }

            if (status.Warning is { } warning)
            {
                LogWarning(logger, login.Name, warning);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OAuth2 mail login {Login}: {Warning}")]
    private static partial void LogWarning(ILogger logger, string login, string warning);
}
