using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>
/// The email plugin's tables in an SQLite file of their own, and service nodes on it: each node has its own
/// <see cref="OAuthTokens"/>, as each server process would, and all share the database, the provider and the clock.
/// </summary>
public sealed class TokenStore : IDisposable
{
    public static readonly OAuthLogin Login = new("account:helpdesk", "helpdesk@example.com", new OAuth2Settings
    {
        Provider = OAuth2Provider.Custom,
        AuthorizeUrl = "https://login.example/authorize",
        TokenUrl = "https://login.example/token",
        ClientId = "servicedesk",
        Scopes = ["mail", "offline"],
    });

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"servicedesk-oauth-{Guid.NewGuid():N}.db");
    private readonly List<ServiceProvider> _nodes = [];

    public TokenStore()
    {
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public FakeTokenEndpoint Provider { get; } = new();

    /// <summary>A node of the service, with its own tokens' service and database connections.</summary>
    public OAuthTokens NewNode() => Services().GetRequiredService<OAuthTokens>();

    /// <summary>A scope of a new node, for the services that work in one (the status, the daily check).</summary>
    public IServiceScope NewScope() => Services().CreateScope();

    public MailDbContext NewContext() =>
        new(new DbContextOptionsBuilder<MailDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>The login's row as the database has it now.</summary>
    public OAuthToken Row()
    {
        using var db = NewContext();
        return db.OAuthTokens.AsNoTracking().Single(t => t.Login == Login.Name);
    }

    /// <summary>Writes the login's row: refresh-0, with an access token that has <paramref name="accessTokenLeft"/> left.</summary>
    public void Seed(TimeSpan accessTokenLeft, Action<OAuthToken>? change = null)
    {
        var row = new OAuthToken
        {
            Login = Login.Name,
            RefreshToken = "refresh-0",
            RefreshTokenUsedAt = Clock.UtcNow.AddDays(-1),
            AccessToken = "access-0",
            AccessTokenExpiresAt = Clock.UtcNow + accessTokenLeft,
            ConsentedAt = Clock.UtcNow.AddDays(-1),
            ConsentedBy = 1,
        };
        change?.Invoke(row);
        using var db = NewContext();
        db.OAuthTokens.Add(row);
        db.SaveChanges();
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        Provider.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddDbContext<MailDbContext>(options => options.UseSqlite(ConnectionString));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IHttpClientFactory>(Provider);
        services.AddSingleton(new MailSettings { Accounts = [new MailAccountSettings { Id = "helpdesk", Authentication = MailAuthentication.OAuth2, OAuth2 = Login.Settings, UserName = Login.UserName }] });
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<OAuthTokenClient>();
        services.AddSingleton<OAuthTokens>();
        services.AddSingleton<AccountSecrets>();
        services.AddScoped<MailAccounts>();
        services.AddScoped<OAuthStatusReport>();
        var provider = services.BuildServiceProvider();
        _nodes.Add(provider);
        return provider;
    }
}
