using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// A private Dovecot (IMAP, POP3 with its default UIDLs, and LMTP for delivery) and an SMTP server (Debian's aiosmtpd, delivering over LMTP into
/// that Dovecot), started on free loopback ports in a folder of their own. Every user's password is
/// <see cref="Password"/>; the local part of an address is its mailbox (helpdesk@corp.example is user "helpdesk").
/// With an introspection URL, both also take OAuth2 access tokens (SASL XOAUTH2), and ask that URL (RFC 7662) whether a
/// token is active and whose it is. install/test.sh installs both.
/// </summary>
public sealed class MailServers : IAsyncDisposable
{
    public const string Password = "secret";

    private const string Dovecot = "/usr/sbin/dovecot";
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _folder;
    private readonly List<Process> _processes = [];

    private readonly string? _introspectionUrl;

    private MailServers(string folder, int imapPort, int popPort, int smtpPort, string? introspectionUrl)
    {
        _folder = folder;
        ImapPort = imapPort;
        PopPort = popPort;
        SmtpPort = smtpPort;
        _introspectionUrl = introspectionUrl;
    }

    public int ImapPort { get; }

    public int PopPort { get; }

    public int SmtpPort { get; }

    /// <param name="introspectionUrl">An OAuth2 token introspection endpoint, for XOAUTH2 logins besides passwords.</param>
    public static async Task<MailServers> StartAsync(string? introspectionUrl = null)
    {
        if (!File.Exists(Dovecot))
        {
            throw new InvalidOperationException($"{Dovecot} is missing: run the tests with install/test.sh, which installs dovecot-imapd, dovecot-pop3d and dovecot-lmtpd.");
        }

        var folder = Directory.CreateTempSubdirectory("servicedesk-mail-").FullName;
        var servers = new MailServers(folder, LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free(), introspectionUrl);
        try
        {
            await servers.StartDovecotAsync();
            await servers.StartSmtpAsync();
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a message through the SMTP server, as an employee's mail program would.</summary>
    public async Task SendAsync(MimeMessage message)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(quit: true);
    }

    /// <summary>
    /// Puts messages into a user's INBOX (or another folder) byte for byte, as a mail server that delivered them would,
    /// however broken they are (sending them by SMTP or IMAP APPEND would have them rewritten on the way).
    /// </summary>
    public async Task DeliverRawAsync(string user, IEnumerable<byte[]> messages, string? folder = null)
    {
        var maildir = folder is null ? Path.Combine(_folder, "mail", user) : Path.Combine(_folder, "mail", user, "." + folder);
        foreach (var name in new[] { "new", "cur", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, name));
        }

        var count = 0;
        foreach (var message in messages)
        {
            await File.WriteAllBytesAsync(Path.Combine(maildir, "new", $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.M{count++}P{Environment.ProcessId}.test"), message);
        }

        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "65534:65534", Path.Combine(_folder, "mail", user));
        }
    }

    /// <summary>Opens a user's INBOX over IMAP, for reading and writing.</summary>
    public async Task<ImapClient> OpenInboxAsync(string user)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
        return client;
    }

    /// <summary>How many messages are in a user's INBOX now.</summary>
    public async Task<int> CountAsync(string user)
    {
        using var client = await OpenInboxAsync(user);
        return client.Inbox.Count;
    }

    /// <summary>
    /// The POP3 sessions of <paramref name="user"/> that ended, each as how many messages the server sent in it (RETR), as
    /// Dovecot logs them at logout (<c>retr=messages/bytes</c>).
    /// </summary>
    public async Task<IReadOnlyList<int>> Pop3SessionsAsync(string user)
    {
        var log = await File.ReadAllLinesAsync(Path.Combine(_folder, "dovecot.log"));
        return log.Where(l => l.Contains($"pop3({user})", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"retr=(\d+)/"))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>
    /// The settings of a mail account that reads <paramref name="user"/>'s INBOX into <paramref name="queue"/>, over IMAP
    /// or, with <paramref name="protocol"/> <c>Pop3</c>, over POP3.
    /// </summary>
    public Dictionary<string, string?> AccountSettings(string user, string queue, int index = 0, string protocol = "Imap") => new()
    {
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Id"] = user,
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Protocol"] = protocol,
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Host"] = "127.0.0.1",
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Port"] = (protocol == "Pop3" ? PopPort : ImapPort).ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Security"] = "None",
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:UserName"] = user,
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Password"] = Password,
        [$"ServiceDesk:Plugins:mail:Accounts:{index}:Queue"] = queue,
    };

    /// <summary>
    /// A mail account, as administrators send it to the API, that reads <paramref name="user"/>'s INBOX into
    /// <paramref name="queue"/>, logging in with <paramref name="password"/> (the right one when absent).
    /// </summary>
    public Dictionary<string, object?> Account(string id, string user, string queue, string password = Password) => new()
    {
        ["id"] = id,
        ["host"] = "127.0.0.1",
        ["port"] = ImapPort,
        ["security"] = "None",
        ["userName"] = user,
        ["password"] = password,
        ["queue"] = queue,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartDovecotAsync()
    {
        // Dovecot refuses to keep mail as root: as root the mail belongs to nobody, otherwise to the user running the tests.
        var (uid, gid) = Environment.UserName == "root" ? ("65534", "65534") : (await IdAsync("-u"), await IdAsync("-g"));
        var mail = Path.Combine(_folder, "mail");
        foreach (var name in new[] { "run", "state", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, name));
        }

        if (Environment.UserName == "root")
        {
            // Dovecot's mail processes then run as nobody, who must reach the mail folder.
            await RunAsync("chmod", "755", _folder);
            await RunAsync("chown", uid + ":" + gid, mail);
        }

        var config = Path.Combine(_folder, "dovecot.conf");
        await File.WriteAllTextAsync(config, $$"""
            {{await OAuthConfigAsync()}}
            base_dir = {{_folder}}/run
            state_dir = {{_folder}}/state
            log_path = {{_folder}}/dovecot.log
            listen = 127.0.0.1
            protocols = imap pop3 lmtp
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login {{(_introspectionUrl is null ? "" : "xoauth2 oauthbearer")}}
            first_valid_uid = 100
            mail_location = maildir:{{mail}}/%n
            passdb {
              driver = static
              args = password={{Password}}
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{mail}}/%n
            }
            {{LoginService("imap", ImapPort)}}
            {{LoginService("pop3", PopPort)}}
            service lmtp {
              unix_listener lmtp {
                mode = 0666
              }
            }
            """);
        Start(Dovecot, "-F", "-c", config);
        await LoopbackPorts.WaitForAsync(ImapPort, "Dovecot (log: " + Path.Combine(_folder, "dovecot.log") + ")", Patience);
        await LoopbackPorts.WaitForAsync(PopPort, "Dovecot's POP3 (is dovecot-pop3d installed? log: " + Path.Combine(_folder, "dovecot.log") + ")", Patience);
    }

    // A protocol's listener on its loopback port, without the TLS one (imaps, pop3s).
    private static string LoginService(string protocol, int port) => $$"""
        service {{protocol}}-login {
          inet_listener {{protocol}} {
            address = 127.0.0.1
            port = {{port}}
          }
          inet_listener {{protocol}}s {
            port = 0
          }
        }
        """;
    // Dovecot's oauth2 passdb, first and for XOAUTH2 and OAUTHBEARER only: it posts the token to the introspection URL, and
    // takes it when the answer is active and names the user who logs in. Passwords still go to the static passdb.
    private async Task<string> OAuthConfigAsync()
    {
        if (_introspectionUrl is null)
        {
            return "";
        }

        var args = Path.Combine(_folder, "dovecot-oauth2.conf.ext");
        await File.WriteAllTextAsync(args, $"""
            introspection_mode = post
            introspection_url = {_introspectionUrl}
            username_attribute = username
            active_attribute = active
            active_value = true
            """);
        return $$"""
            passdb {
              driver = oauth2
              mechanisms = xoauth2 oauthbearer
              args = {{args}}
            }
            """;
    }

    private async Task StartSmtpAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_lmtp_relay.py");
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: run the tests with install/test.sh, which installs python3-aiosmtpd.");
        }

        List<string> arguments = [script, SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.Combine(_folder, "run", "lmtp")];
        if (_introspectionUrl is not null)
        {
            arguments.Add(_introspectionUrl);
        }

        Start(Python, [.. arguments]);
        await LoopbackPorts.WaitForAsync(SmtpPort, "The SMTP server (aiosmtpd; is python3-aiosmtpd installed?)", Patience);
    }

    private void Start(string program, params string[] arguments)
    {
        var process = Process.Start(StartInfo(program, arguments))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static async Task<string> IdAsync(string which) => (await RunAsync("id", which)).Trim();

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(program, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with {process.ExitCode}: {await error}");
    }

    private static ProcessStartInfo StartInfo(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
