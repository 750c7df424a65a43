using System.Net;
using ServiceDesk.Plugins.Mail.OAuth;
using static ServiceDesk.Plugins.Mail.Tests.OAuth.TokenStore;

namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>
/// A login's access token is renewed a few minutes before it expires, once however many callers and nodes ask at the same
/// time; the refresh token that the provider rotates is kept; a refused refresh token waits for new consent.
/// </summary>
public sealed class OAuthTokensTests : TokenStoreFixture
{
    [Test]
    public async Task AnAccessTokenWithMoreThanFiveMinutesLeft_IsUsedAsItIs()
    {
        Store.Seed(accessTokenLeft: TimeSpan.FromMinutes(6));

        var token = await Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(token, Is.EqualTo("access-0"));
            Assert.That(Store.Provider.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task AnAccessTokenAboutToExpire_IsRenewed_AndTheRotatedRefreshTokenKept()
    {
        Store.Seed(accessTokenLeft: TimeSpan.FromMinutes(4), row => row.RefreshTokenExpiresAt = Store.Clock.UtcNow.AddDays(3));

        var token = await Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);
        var row = Store.Row();
        var request = Store.Provider.Requests.Single();

        Assert.Multiple(() =>
        {
            Assert.That(token, Is.EqualTo("access-1"));
            Assert.That(request["grant_type"], Is.EqualTo("refresh_token"));
            Assert.That(request["refresh_token"], Is.EqualTo("refresh-0"));
            Assert.That(request["client_id"], Is.EqualTo("servicedesk"));
            Assert.That(request["scope"], Is.EqualTo("mail offline"));
            Assert.That(row.RefreshToken, Is.EqualTo("refresh-1"));
            Assert.That(row.RefreshTokenExpiresAt, Is.Null, "the new refresh token's end is not the old one's");
            Assert.That(row.RefreshTokenUsedAt, Is.EqualTo(Store.Clock.UtcNow));
            Assert.That(row.AccessToken, Is.EqualTo("access-1"));
            Assert.That(row.AccessTokenExpiresAt, Is.EqualTo(Store.Clock.UtcNow.AddHours(1)));
            Assert.That(row.RefreshingUntil, Is.Null);
        });
    }

    [Test]
    public async Task AProviderThatKeepsTheRefreshToken_LeavesItAndItsEnd_AsTheyWere()
    {
        var end = Store.Clock.UtcNow.AddDays(3);
        Store.Seed(accessTokenLeft: TimeSpan.Zero, row => row.RefreshTokenExpiresAt = end);
        Store.Provider.Answer = _ => Store.Provider.Tokens(rotate: false);

        await Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);
        var row = Store.Row();

        Assert.Multiple(() =>
        {
            Assert.That(row.RefreshToken, Is.EqualTo("refresh-0"));
            Assert.That(row.RefreshTokenExpiresAt, Is.EqualTo(end));
            Assert.That(row.RefreshTokenUsedAt, Is.EqualTo(Store.Clock.UtcNow), "used now: its lifetime counts from here");
        });
    }

    [Test]
    public async Task ARefreshTokenExpiryThatTheProviderSays_IsKept()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero);
        Store.Provider.Answer = _ => Store.Provider.Tokens(refreshTokenExpiresIn: 86_400);

        await Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);

        Assert.That(Store.Row().RefreshTokenExpiresAt, Is.EqualTo(Store.Clock.UtcNow.AddDays(1)));
    }

    [Test]
    public async Task ManyCallersOnOneNode_RenewOnce()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero);
        var node = Store.NewNode();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => node.GetAccessTokenAsync(Login, CancellationToken.None)));

        Assert.Multiple(() =>
        {
            Assert.That(Store.Provider.Requests, Has.Count.EqualTo(1));
            Assert.That(tokens.Distinct(), Is.EqualTo(new[] { "access-1" }));
        });
    }

    [Test]
    public async Task CallersOnSeveralNodes_RenewOnce_AndKeepTheRotatedRefreshToken()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero);
        var nodes = Enumerable.Range(0, 4).Select(_ => Store.NewNode()).ToList();

        var tokens = await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 5).Select(_ => node.GetAccessTokenAsync(Login, CancellationToken.None))));

        Assert.Multiple(() =>
        {
            Assert.That(Store.Provider.Requests.Select(r => r["refresh_token"]), Is.EqualTo(new[] { "refresh-0" }));
            Assert.That(tokens.Distinct(), Is.EqualTo(new[] { "access-1" }));
            Assert.That(Store.Row().RefreshToken, Is.EqualTo("refresh-1"));
        });
    }

    [Test]
    public async Task AnotherNodesClaim_IsWaitedFor_AndTheTokensItStores_Taken()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero, row => row.RefreshingUntil = Store.Clock.UtcNow.AddMinutes(1));

        var waiting = Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);
        await Task.Delay(500);
        var waitedThen = !waiting.IsCompleted;
        using (var db = Store.NewContext())
        {
            // The other node stores what its renewal gave, and gives up its claim.
            var row = db.OAuthTokens.Single();
            (row.AccessToken, row.AccessTokenExpiresAt, row.RefreshToken, row.RefreshingUntil) = ("access-other", Store.Clock.UtcNow.AddHours(1), "refresh-other", null);
            row.Version++;
            await db.SaveChangesAsync();
        }

        var token = await waiting;

        Assert.Multiple(() =>
        {
            Assert.That(waitedThen, Is.True);
            Assert.That(token, Is.EqualTo("access-other"));
            Assert.That(Store.Provider.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task TheClaimOfANodeThatDied_RunsOut()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero, row => row.RefreshingUntil = Store.Clock.UtcNow.AddSeconds(-1));

        var token = await Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);

        Assert.That(token, Is.EqualTo("access-1"));
    }

    [Test]
    public async Task ARefusedRefreshToken_WaitsForNewConsent_AndIsNotTriedAgain()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero);
        Store.Provider.Answer = _ => (HttpStatusCode.BadRequest, """{"error": "invalid_grant", "error_description": "AADSTS50173: The grant was revoked."}""");
        var node = Store.NewNode();

        var first = Assert.ThrowsAsync<OAuthTokenException>(() => node.GetAccessTokenAsync(Login, CancellationToken.None));
        var again = Assert.ThrowsAsync<OAuthTokenException>(() => Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None));
        var row = Store.Row();

        Assert.Multiple(() =>
        {
            Assert.That(first!.Message, Is.EqualTo("account:helpdesk needs an administrator's consent again (GET /api/v1/plugins/mail/oauth/account:helpdesk/authorize). "
                + "The provider refused to renew the tokens: invalid_grant (AADSTS50173: The grant was revoked.)."));
            Assert.That(first.Revoked, Is.True);
            Assert.That(again!.Message, Is.EqualTo(first.Message));
            Assert.That(Store.Provider.Requests, Has.Count.EqualTo(1));
            Assert.That(row.NeedsConsent, Is.True);
            Assert.That(row.LastError, Is.EqualTo("The provider refused to renew the tokens: invalid_grant (AADSTS50173: The grant was revoked.)."));
            Assert.That(row.LastErrorAt, Is.EqualTo(Store.Clock.UtcNow));
            Assert.That(row.RefreshingUntil, Is.Null);
            Assert.That(row.RefreshToken, Is.EqualTo("refresh-0"));
        });
    }

    [Test]
    public async Task APassingFailure_IsRecorded_AndTriedAgainAtTheNextUse()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero);
        Store.Provider.Answer = _ => (HttpStatusCode.ServiceUnavailable, "<html>Service Unavailable</html>");
        var node = Store.NewNode();

        var failure = Assert.ThrowsAsync<OAuthTokenException>(() => node.GetAccessTokenAsync(Login, CancellationToken.None));
        var recorded = Store.Row();
        Store.Provider.Answer = _ => Store.Provider.Tokens();
        var token = await node.GetAccessTokenAsync(Login, CancellationToken.None);
        var after = Store.Row();

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Is.EqualTo("account:helpdesk: The provider refused to renew the tokens: HTTP 503."));
            Assert.That(failure.Revoked, Is.False);
            Assert.That(recorded.LastError, Is.EqualTo("The provider refused to renew the tokens: HTTP 503."));
            Assert.That(recorded.NeedsConsent, Is.False);
            Assert.That(recorded.RefreshingUntil, Is.Null, "the claim is given up");
            Assert.That(token, Is.EqualTo("access-1"));
            Assert.That(after.LastError, Is.Null);
            Assert.That(after.LastErrorAt, Is.Null);
        });
    }

    [Test]
    public async Task RenewingOnPurpose_RenewsAnAccessTokenThatIsStillGood()
    {
        Store.Seed(accessTokenLeft: TimeSpan.FromMinutes(50));

        var token = await Store.NewNode().RenewAsync(Login, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(token, Is.EqualTo("access-1"));
            Assert.That(Store.Row().RefreshTokenUsedAt, Is.EqualTo(Store.Clock.UtcNow));
        });
    }

    [Test]
    public void ALoginWithoutTokens_SaysHowToGetThem()
    {
        var missing = Assert.ThrowsAsync<OAuthTokenException>(() => Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None));

        Assert.That(missing!.Message, Does.Contain("has no OAuth2 tokens yet").And.Contain("GET /api/v1/plugins/mail/oauth/account:helpdesk/authorize"));
    }

    [Test]
    public async Task NewConsent_ReplacesTheTokens_AndEndsTheWaitForIt()
    {
        Store.Seed(accessTokenLeft: TimeSpan.Zero, row => (row.NeedsConsent, row.LastError) = (true, "invalid_grant"));

        await Store.NewNode().StoreAsync(Login, new TokenResponse { AccessToken = "access-new", ExpiresIn = 600 }, "refresh-new", adminId: 7, CancellationToken.None);
        var row = Store.Row();
        var token = await Store.NewNode().GetAccessTokenAsync(Login, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That((row.RefreshToken, row.AccessToken, row.ConsentedBy, row.ConsentedAt), Is.EqualTo(("refresh-new", "access-new", 7, Store.Clock.UtcNow)));
            Assert.That((row.NeedsConsent, row.LastError), Is.EqualTo((false, (string?)null)));
            Assert.That(token, Is.EqualTo("access-new"));
        });
    }
}
