using MailKit.Search;
using MimeKit;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// A test fixture with a private Dovecot and SMTP server (<see cref="MailServers"/>) for each test, and the service with
/// the bundled email plugin, which reads the helpdesk's mailbox every second and sends through that SMTP server, on
/// SQLite or PostgreSQL (a database for each test, which the test may start the service on again). With
/// <paramref name="oauth"/>, an OAuth2 provider (<see cref="OAuthTestServer"/>) too, whose access tokens the mail servers take.
/// </summary>
/// <param name="plugins">The bundled plugins to install; the email plugin alone when null.</param>
public abstract class MailChannelFixture(string provider, bool oauth = false, IReadOnlyList<string>? plugins = null)
{
    private string _dataPath = "";
    private string? _postgres;

    protected MailServers Mail { get; private set; } = null!;

    /// <summary>The OAuth2 provider, when the fixture has one.</summary>
    protected OAuthTestServer OAuth { get; private set; } = null!;

    [SetUp]
    public async Task StartMailAsync()
    {
        if (oauth)
        {
            OAuth = await OAuthTestServer.StartAsync();
        }

        Mail = await MailServers.StartAsync(oauth ? OAuth.IntrospectionUrl : null);
        _postgres = null;
        _dataPath = ServiceDeskServer.NewDataPath();
        foreach (var plugin in plugins ?? ["mail"])
        {
            TestPlugins.InstallBundled(_dataPath, plugin);
        }
    }

    [TearDown]
    public async Task StopMailAsync()
    {
        await Mail.DisposeAsync();
        if (oauth)
        {
            await OAuth.DisposeAsync();
        }

        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    /// <summary>Starts the service; <paramref name="settings"/> add to or override the mail settings.</summary>
    /// <param name="clock">The service's clock, when the test moves time on.</param>
    /// <param name="configureAccount">False: the configuration has no account (the helpdesk's), for administrators to add some.</param>
    protected async Task<ServiceDeskServer> StartServerAsync(
        IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, bool configureAccount = true)
    {
        var all = configureAccount ? Mail.AccountSettings("helpdesk", "Misc") : [];
        if (configureAccount)
        {
            all["ServiceDesk:Plugins:mail:Accounts:0:Address"] = "Helpdesk <helpdesk@corp.example>";
        }

        all["ServiceDesk:Plugins:mail:Smtp:Host"] = "127.0.0.1";
        all["ServiceDesk:Plugins:mail:Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        all["ServiceDesk:Plugins:mail:Smtp:Security"] = "None";
        all["ServiceDesk:Plugins:mail:PollSchedule"] = "* * * * * *";
        all["ServiceDesk:Jobs:PollMilliseconds"] = "100";
        all["ServiceDesk:Events:PollMilliseconds"] = "100";
        if (provider == "postgres")
        {
            all["ServiceDesk:Database:ConnectionString"] = _postgres ??= await TestPostgres.CreateDatabaseAsync();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return await ServiceDeskServer.StartAsync(provider, all, clock, _dataPath);
    }

    /// <summary>The messages in a user's INBOX, once there are <paramref name="count"/>, and still after a while, so that one more would have come.</summary>
    protected async Task<IReadOnlyList<MimeMessage>> InboxAsync(string user, int count)
    {
        using var inbox = await Mail.OpenInboxAsync(user);
        await MailChannel.UntilAsync(() => inbox.Inbox.SearchAsync(SearchQuery.All), u => u.Count >= count);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var messages = new List<MimeMessage>();
        foreach (var uid in await inbox.Inbox.SearchAsync(SearchQuery.All))
        {
            messages.Add(await inbox.Inbox.GetMessageAsync(uid));
        }

        return messages;
    }
}
