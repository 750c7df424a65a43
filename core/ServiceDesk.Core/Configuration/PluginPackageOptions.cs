using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk:PluginPackages" configuration section: which plugin packages an administrator may install.</summary>
public sealed class PluginPackageOptions
{
    /// <summary>Refuse packages that no trusted publisher signed.</summary>
    public bool RequireSignature { get; set; }

    /// <summary>
    /// Publishers whose signatures count, by name: each value is the path of the publisher's public key (PEM, ECDSA or
    /// RSA), relative to the data directory unless absolute.
    /// </summary>
    public Dictionary<string, string> TrustedPublishers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The most a package may hold once unpacked: a package is refused as soon as it unpacks to more.</summary>
    [Range(1, 4_096)]
    public int MaxUnpackedMegabytes { get; set; } = 256;
}
