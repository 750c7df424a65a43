using System.Net;

namespace ServiceDesk.Plugins.Mail;

/// <summary>What the plugin needs to know of mail servers' host names.</summary>
public static class MailHosts
{
    /// <summary>Whether <paramref name="host"/> is this machine: localhost or a loopback address.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
