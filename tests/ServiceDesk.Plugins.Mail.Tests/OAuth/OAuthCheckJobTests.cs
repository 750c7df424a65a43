using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Jobs;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>
/// The daily check renews a refresh token before it lapses unused, and logs a warning for each login that needs an
/// administrator, every day until it is done.
/// </summary>
public sealed class OAuthCheckJobTests : TokenStoreFixture
{
    [Test]
    public async Task ARefreshTokenAboutToLapseUnused_IsRenewed_AndNoWarningLogged()
    {
        Store.Seed(accessTokenLeft: TimeSpan.FromMinutes(30), row => row.RefreshTokenUsedAt = Store.Clock.UtcNow.AddDays(-80));

        var warnings = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Store.Provider.Requests, Has.Count.EqualTo(1));
            Assert.That(Store.Row().RefreshTokenUsedAt, Is.EqualTo(Store.Clock.UtcNow));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public async Task ARefreshTokenWithAnEndThatTheProviderSaid_IsStillWarnedOf_AfterItsRenewal()
    {
        Store.Seed(accessTokenLeft: TimeSpan.FromMinutes(30), row => row.RefreshTokenExpiresAt = Store.Clock.UtcNow.AddDays(5));
        Store.Provider.Answer = _ => Store.Provider.Tokens(rotate: false);

        var warnings = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Store.Provider.Requests, Has.Count.EqualTo(1));
            Assert.That(warnings, Is.EqualTo(new[]
            {
                "OAuth2 mail login account:helpdesk: The refresh token expires in 5 days, on 2026-11-30 12:00 UTC: "
                    + "an administrator gives consent again (GET /api/v1/plugins/mail/oauth/account:helpdesk/authorize) before then.",
            }));
        });
    }

    [Test]
    public async Task ALoginThatNeedsConsent_IsWarnedOf_AtEachRun_WithoutAskingTheProvider()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero, row => (row.NeedsConsent, row.LastError) = (true, "The provider refused to renew the tokens: invalid_grant."));

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Store.Provider.Requests, Is.Empty);
            Assert.That(first, Has.Count.EqualTo(1));
            Assert.That(first[0], Does.StartWith("OAuth2 mail login account:helpdesk: The provider no longer takes the refresh token"));
            Assert.That(second, Is.EqualTo(first));
        });
    }

    // One run of the job on a node of its own; the warnings it logged.
    private async Task<List<string>> RunAsync()
    {
        using var scope = Store.NewScope();
        var services = scope.ServiceProvider;
        var logger = new RecordingLogger<OAuthCheckJob>();
        var job = new OAuthCheckJob(services.GetRequiredService<MailAccounts>(), services.GetRequiredService<OAuthTokens>(),
            services.GetRequiredService<OAuthStatusReport>(), logger);
        await job.RunAsync(new JobContext("mail:oauth-check", Store.Clock.Now, 1), CancellationToken.None);
        return logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
    }
}
