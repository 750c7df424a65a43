using System.Net;
using System.Net.Sockets;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for the servers that tests start.</summary>
public static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago (the operating system's choice).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until something accepts connections on <paramref name="port"/>.</summary>
    public static async Task WaitForAsync(int port, string what, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            catch (SocketException error)
            {
                throw new InvalidOperationException($"{what} did not listen on 127.0.0.1:{port} within {patience.TotalSeconds} s: {error.Message}");
            }
        }
    }
}
