using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// A small OAuth2 authorization server on a free loopback port, for the email plugin's OAuth2 tests. Its authorization
/// endpoint consents at once, as the user the request hints at, and redirects back with a code; its token endpoint checks
/// the client, the redirect URI and PKCE (S256), issues access tokens, and rotates refresh tokens: a refresh token is taken
/// once, and refused with <c>invalid_grant</c> after that. Its introspection endpoint (RFC 7662) tells Dovecot and the SMTP
/// server whether an access token is active, and whose it is.
/// </summary>
public sealed class OAuthTestServer : IAsyncDisposable
{
    public const string ClientId = "servicedesk-tests";
    public const string ClientSecret = "the client's secret";
    public const string Scope = "mail";

    private readonly object _lock = new();
    private readonly Dictionary<string, (string User, string Challenge, string RedirectUri)> _codes = [];
    private readonly Dictionary<string, string> _refreshTokens = [];
    private readonly Dictionary<string, string> _accessTokens = [];
    private readonly List<string> _issuedRefreshTokens = [];
    private readonly WebApplication _app;

    private OAuthTestServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string AuthorizeUrl => BaseUrl + "/authorize";

    public string TokenUrl => BaseUrl + "/token";

    public string IntrospectionUrl => BaseUrl + "/introspect";

    /// <summary>When set, token answers say that refresh tokens expire after this many seconds.</summary>
    public long? RefreshTokenSeconds { get; set; }

    /// <summary>How many times a refresh token was exchanged for new tokens.</summary>
    public int Renewals { get; private set; }

    /// <summary>How many times tokens were asked for with a refresh token, refused or not.</summary>
    public int RenewalRequests { get; private set; }

    /// <summary>The refresh tokens issued, oldest first.</summary>
    public IReadOnlyList<string> IssuedRefreshTokens
    {
        get
        {
            lock (_lock)
            {
                return [.. _issuedRefreshTokens];
            }
        }
    }

    public static async Task<OAuthTestServer> StartAsync()
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(baseUrl);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new OAuthTestServer(app, baseUrl);
        app.MapGet("/authorize", server.Authorize);
        app.MapPost("/token", server.TokenAsync);
        app.MapPost("/introspect", server.IntrospectAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Access tokens issued so far are no longer active: they have expired.</summary>
    public void ExpireAccessTokens()
    {
        lock (_lock)
        {
            _accessTokens.Clear();
        }
    }

    /// <summary>The user withdraws consent: every refresh token is refused from now on, and no access token is active.</summary>
    public void RevokeConsent()
    {
        lock (_lock)
        {
            _refreshTokens.Clear();
            _accessTokens.Clear();
        }
    }

    /// <summary>A refresh token for <paramref name="user"/>, as an administrator may obtain one with another tool.</summary>
    public string IssueRefreshToken(string user)
    {
        lock (_lock)
        {
            return NewRefreshToken(user);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["login_hint"]) || query["scope"] != Scope)
        {
            return Results.BadRequest($"Not an authorization request of the tests' client: {request.QueryString}");
        }

        var code = Random();
        lock (_lock)
        {
            _codes[code] = (query["login_hint"]!, query["code_challenge"]!, query["redirect_uri"]!);
        }

        return Results.Redirect(QueryHelpers.AddQueryString(query["redirect_uri"]!, new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"] }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Refuse("invalid_client", "Unknown client or wrong secret.", StatusCodes.Status401Unauthorized);
        }

        lock (_lock)
        {
            switch (form["grant_type"].ToString())
            {
                case "authorization_code":
                    if (!_codes.Remove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"]
                        || grant.Challenge != Base64UrlChallenge(form["code_verifier"].ToString()))
                    {
                        return Refuse("invalid_grant", "The code is unknown or used, or the redirect URI or the PKCE verifier does not match.");
                    }

                    return Issue(grant.User);
                case "refresh_token":
                    RenewalRequests++;
                    // Rotation: a refresh token is taken once.
                    if (!_refreshTokens.Remove(form["refresh_token"].ToString(), out var user))
                    {
                        return Refuse("invalid_grant", "The refresh token is unknown, used or revoked.");
                    }

                    Renewals++;
                    return Issue(user);
                default:
                    return Refuse("unsupported_grant_type", "Only authorization_code and refresh_token.");
            }
        }
    }

    private async Task<IResult> IntrospectAsync(HttpRequest request)
    {
        var token = (await request.ReadFormAsync())["token"].ToString();
        lock (_lock)
        {
            return _accessTokens.TryGetValue(token, out var user)
                ? Results.Json(new Dictionary<string, object> { ["active"] = true, ["username"] = user })
                : Results.Json(new Dictionary<string, object> { ["active"] = false });
        }
    }

    // Called with the lock held.
    private IResult Issue(string user)
    {
        var access = Random();
        _accessTokens[access] = user;
        var answer = new Dictionary<string, object>
        {
            ["access_token"] = access,
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["refresh_token"] = NewRefreshToken(user),
        };
        if (RefreshTokenSeconds is { } seconds)
        {
            answer["refresh_token_expires_in"] = seconds;
        }

        return Results.Json(answer);
    }

    // Called with the lock held.
    private string NewRefreshToken(string user)
    {
        var token = Random();
        _refreshTokens[token] = user;
        _issuedRefreshTokens.Add(token);
        return token;
    }

    private static IResult Refuse(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private static string Base64UrlChallenge(string verifier) =>
        System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Random() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
