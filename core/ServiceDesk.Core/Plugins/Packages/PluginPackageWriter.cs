using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>Packs a plugin's folder (as built, with <c>plugin.json</c>) into a <see cref="PluginPackage"/>.</summary>
public static class PluginPackageWriter
{
    /// <summary>Writes <c>{id}-{version}.sdpkg</c> into <paramref name="outputDirectory"/> and returns its path.</summary>
    /// <param name="privateKeyPem">The publisher's private key to sign the package with; null leaves it unsigned.</param>
    public static async Task<string> PackAsync(string pluginDirectory, string outputDirectory, string? privateKeyPem, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(pluginDirectory);
        PluginManifest manifest;
        try
        {
            manifest = PluginManifestReader.Read(directory);
        }
        catch (PluginManifestException error)
        {
            throw new PluginPackageException($"{directory} is not a plugin folder: {error.Message}");
        }

        // A link could pull in files from outside the plugin's folder (or loop): packages hold plain files only.
        if (new DirectoryInfo(directory).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).FirstOrDefault(f => f.LinkTarget is not null) is { } link)
        {
            throw new PluginPackageException($"{link.FullName} is a symbolic link; a package holds plain files only.");
        }

        // Packages made earlier in the same folder, and checksums of an earlier pack, are not part of the plugin.
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f is not (PluginPackage.ChecksumsFile or PluginPackage.SignatureFile)
                && !f.EndsWith(PluginPackage.Extension, StringComparison.Ordinal)
                && !f.EndsWith(PluginPackage.Extension + ".partial", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var hashes = new List<(string Path, byte[] Hash)>();
        foreach (var file in files)
        {
            await using var content = File.OpenRead(Path.Combine(directory, file));
            hashes.Add((file, PackageChecksums.HashOf(content)));
        }

        var checksums = Encoding.UTF8.GetBytes(PackageChecksums.Format(hashes));
        var signature = privateKeyPem is null ? null : Sign(privateKeyPem, checksums);
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(Path.GetFullPath(outputDirectory), PluginPackage.FileNameOf(manifest));
        var partial = path + ".partial";
        await using (var stream = File.Create(partial))
        await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var file in files)
            {
                zip.CreateEntryFromFile(Path.Combine(directory, file), file, CompressionLevel.Optimal);
            }

            await WriteAsync(zip, PluginPackage.ChecksumsFile, checksums, cancellationToken);
            if (signature is not null)
            {
                await WriteAsync(zip, PluginPackage.SignatureFile, Encoding.ASCII.GetBytes(Convert.ToBase64String(signature) + "\n"), cancellationToken);
            }
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static byte[] Sign(string privateKeyPem, byte[] checksums)
    {
        try
        {
            return PublisherKeys.Sign(privateKeyPem, checksums);
        }
        catch (Exception error) when (error is CryptographicException or ArgumentException)
        {
            throw new PluginPackageException($"The signing key is not an unencrypted PEM private key (ECDSA or RSA): {error.Message}");
        }
    }

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name).OpenAsync(cancellationToken);
        await entry.WriteAsync(content, cancellationToken);
    }
}
