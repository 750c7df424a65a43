namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>
/// A plugin package: a zip file <c>{id}-{version}.sdpkg</c> holding the plugin's folder as it is, a SHA-256 of every file
/// in <see cref="ChecksumsFile"/> (the format of <c>sha256sum</c>), and optionally a publisher's signature of that list
/// in <see cref="SignatureFile"/>.
/// </summary>
public static class PluginPackage
{
    public const string Extension = ".sdpkg";

    public const string ChecksumsFile = "SHA256SUMS";

    /// <summary>The signature of <see cref="ChecksumsFile"/>'s bytes (SHA-256), base64-encoded.</summary>
    public const string SignatureFile = "SHA256SUMS.sig";

    public static string FileNameOf(PluginManifest manifest) => $"{manifest.Id}-{manifest.Version}{Extension}";
}
