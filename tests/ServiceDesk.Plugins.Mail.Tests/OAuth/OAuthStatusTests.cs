using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>
/// The status tells administrators until when a login's refresh token is good, as the provider said or counted from its
/// last use, and warns within the warning days, when it expired, when renewing fails, and when only new consent helps.
/// </summary>
public sealed class OAuthStatusTests
{
    private const int WarnDays = 14;

    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [TestCase(OAuth2Provider.Microsoft, null, 90)]
    [TestCase(OAuth2Provider.Google, null, 180)]
    [TestCase(OAuth2Provider.Custom, 30, 30)]
    public void WithoutTheProvidersWord_ARefreshTokenIsGood_ForItsLifetimeAfterItsLastUse(OAuth2Provider provider, int? lifetimeDays, int days)
    {
        var login = Login(new OAuth2Settings { Provider = provider, RefreshTokenLifetimeDays = lifetimeDays });

        var status = OAuthStatus.Of(login, Row(usedDaysAgo: 10), Now, WarnDays);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OAuthState.Valid));
            Assert.That(status.RefreshTokenValidUntil, Is.EqualTo(Now.AddDays(days - 10)));
            Assert.That(status.ValidUntilEstimated, Is.True);
            Assert.That(status.DaysLeft, Is.EqualTo(days - 10));
            Assert.That(status.Warning, Is.Null);
        });
    }

    [Test]
    public void ARefreshTokenThatExpiresWithinTheWarningDays_ExpiresSoon()
    {
        var row = Row(usedDaysAgo: 1);
        row.RefreshTokenExpiresAt = Now.AddDays(WarnDays).AddHours(-1);

        var status = OAuthStatus.Of(Login(), row, Now, WarnDays);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OAuthState.ExpiresSoon));
            Assert.That(status.ValidUntilEstimated, Is.False);
            Assert.That(status.DaysLeft, Is.EqualTo(WarnDays - 1));
            Assert.That(status.Warning, Is.EqualTo("The refresh token expires in 13 days, on 2026-12-09 11:00 UTC: "
                + "an administrator gives consent again (GET /api/v1/plugins/mail/oauth/account:helpdesk/authorize) before then."));
        });
    }

    [Test]
    public void ARefreshTokenUnusedForItsLifetime_HasExpired_ByTheEstimate()
    {
        var status = OAuthStatus.Of(Login(), Row(usedDaysAgo: 91), Now, WarnDays);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OAuthState.Expired));
            Assert.That(status.DaysLeft, Is.Zero);
            Assert.That(status.Warning, Does.StartWith("The refresh token expired on 2026-11-24 12:00 UTC (estimated: RefreshTokenLifetimeDays after its last use): "));
        });
    }

    [Test]
    public void AFailedRenewal_ShowsWithItsReason()
    {
        var row = Row(usedDaysAgo: 1);
        (row.LastError, row.LastErrorAt) = ("The token endpoint https://login.example/token did not answer within 30 s to renew the tokens.", Now.AddMinutes(-3));

        var status = OAuthStatus.Of(Login(), row, Now, WarnDays);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OAuthState.Failing));
            Assert.That(status.LastError, Is.EqualTo(row.LastError));
            Assert.That(status.Warning, Is.EqualTo("Renewing the tokens failed at 2026-11-25 11:57 UTC, and is tried again at the next use: " + row.LastError));
        });
    }

    [Test]
    public void ARefusedRefreshToken_NeedsConsent_WhateverItsEnd()
    {
        var row = Row(usedDaysAgo: 100);
        (row.NeedsConsent, row.LastError) = (true, "The provider refused to renew the tokens: invalid_grant (consent revoked).");

        var status = OAuthStatus.Of(Login(), row, Now, WarnDays);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OAuthState.NeedsConsent));
            Assert.That(status.Warning, Does.Contain("an administrator gives consent again (GET /api/v1/plugins/mail/oauth/account:helpdesk/authorize)")
                .And.EndWith("invalid_grant (consent revoked)."));
        });
    }

    [Test]
    public void ALoginWithoutTokens_AsksForConsent()
    {
        var status = OAuthStatus.Of(Login(), null, Now, WarnDays);

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OAuthState.NoTokens));
            Assert.That(status.RefreshTokenValidUntil, Is.Null);
            Assert.That(status.Warning, Does.StartWith("No tokens yet: an administrator gives consent (GET /api/v1/plugins/mail/oauth/account:helpdesk/authorize)"));
        });
    }

    private static OAuthLogin Login(OAuth2Settings? settings = null) => new("account:helpdesk", "helpdesk@example.com", settings ?? new OAuth2Settings());

    private static OAuthToken Row(int usedDaysAgo) => new()
    {
        Login = "account:helpdesk",
        RefreshToken = "refresh",
        RefreshTokenUsedAt = Now.AddDays(-usedDaysAgo),
        AccessToken = "access",
        AccessTokenExpiresAt = Now.AddMinutes(30),
        ConsentedAt = Now.AddDays(-usedDaysAgo),
        ConsentedBy = 1,
    };
}
