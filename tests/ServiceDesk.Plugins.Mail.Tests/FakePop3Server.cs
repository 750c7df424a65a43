using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>
/// A POP3 server on a loopback port for one session, for the servers that Dovecot cannot play: one without UIDL, or with
/// UIDLs that are not each message's own. It logs in anyone, answers STAT and UIDL, and refuses every other command
/// (RETR, DELE...), which it records.
/// </summary>
public sealed class FakePop3Server : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<string>? _uidls;
    private readonly int _count;
    private readonly Task _session;

    /// <param name="count">How many messages the mailbox holds.</param>
    /// <param name="uidls">The messages' UIDLs; null for a server without UIDL, which refuses the command.</param>
    public FakePop3Server(int count, IReadOnlyList<string>? uidls)
    {
        (_count, _uidls) = (count, uidls);
        _listener.Start();
        _session = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The commands it refused, such as RETR or DELE.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _session.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ServeAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("+OK ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            var answer = command switch
            {
                "CAPA" => _uidls is null ? "+OK\r\nUSER\r\n." : "+OK\r\nUSER\r\nUIDL\r\n.",
                "USER" or "PASS" or "NOOP" => "+OK",
                "STAT" => $"+OK {_count} {_count * 100}",
                "UIDL" when _uidls is not null && line.Length == 4 => "+OK\r\n" + string.Concat(_uidls.Select((u, i) => $"{i + 1} {u}\r\n")) + ".",
                "UIDL" when _uidls is not null => $"+OK {line[5..]} {_uidls[int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture) - 1]}",
                "QUIT" => "+OK bye",
                _ => null,
            };
            if (answer is null)
            {
                Refused.Enqueue(line);
                answer = "-ERR not here";
            }

            await writer.WriteLineAsync(answer);
            if (command == "QUIT")
            {
                return;
            }
        }
    }
}
