using System.IO.Compression;
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

        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f is not (PluginPackage.ChecksumsFile or PluginPackage.SignatureFile))
            .Order(StringComparer.Ordinal)
            .ToList();
        var hashes = new List<(string Path, byte[] Hash)>();
        foreach (var file in files)
        {
            await using var content = File.OpenRead(Path.Combine(directory, file));
            hashes.Add((file, PackageChecksums.HashOf(content)));
        }

        var checksums = Encoding.UTF8.GetBytes(PackageChecksums.Format(hashes));
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
            if (privateKeyPem is not null)
            {
                var signature = Encoding.ASCII.GetBytes(Convert.ToBase64String(PublisherKeys.Sign(privateKeyPem, checksums)) + "\n");
                await WriteAsync(zip, PluginPackage.SignatureFile, signature, cancellationToken);
            }
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name).OpenAsync(cancellationToken);
        await entry.WriteAsync(content, cancellationToken);
    }
}
