using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>
/// Checks a plugin package while unpacking it into a folder of its own: safe paths only, every file listed with a
/// matching SHA-256 and nothing unlisted, a size limit, a valid manifest, and a trusted signature when the
/// administrator requires one. A refused package leaves nothing behind.
/// </summary>
public sealed class PluginPackageReader(PluginPackageOptions options, string dataPath)
{
    private const int MaxEntries = 10_000;

    public async Task<VerifiedPluginPackage> UnpackAsync(string packagePath, string targetDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(targetDirectory);
        try
        {
            return await UnpackCheckedAsync(packagePath, Path.GetFullPath(targetDirectory), cancellationToken);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A damaged zip, or names this file system cannot hold: refused like any other bad package, in one line.
            Directory.Delete(targetDirectory, recursive: true);
            throw new PluginPackageException($"The package cannot be unpacked: {error.Message}");
        }
        catch
        {
            Directory.Delete(targetDirectory, recursive: true);
            throw;
        }
    }

    private async Task<VerifiedPluginPackage> UnpackCheckedAsync(string packagePath, string target, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(packagePath);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new PluginPackageException($"{Path.GetFileName(packagePath)} is not a plugin package (not a zip file).");
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new PluginPackageException($"The package holds {zip.Entries.Count} files; at most {MaxEntries} are allowed.");
            }

            // Zip tools differ on which of two same-named entries counts; a package with two is refused.
            if (zip.Entries.GroupBy(e => e.FullName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new PluginPackageException($"The package holds '{twice.Key}' twice.");
            }

            var checksumsContent = await ReadSmallAsync(zip, PluginPackage.ChecksumsFile, cancellationToken)
                ?? throw new PluginPackageException($"The package has no {PluginPackage.ChecksumsFile}: it was not made by 'servicedesk plugin pack'.");
            var checksums = PackageChecksums.Parse(checksumsContent);
            var publisher = await PublisherAsync(zip, checksumsContent, cancellationToken);
            await UnpackFilesAsync(zip, checksums, target, cancellationToken);
            try
            {
                return new VerifiedPluginPackage(PluginManifestReader.Read(target), target, publisher);
            }
            catch (PluginManifestException error)
            {
                throw new PluginPackageException($"{PluginManifest.FileName}: {error.Message}");
            }
        }
    }

    private async Task UnpackFilesAsync(ZipArchive zip, IReadOnlyDictionary<string, byte[]> checksums, string target, CancellationToken cancellationToken)
    {
        var limit = options.MaxUnpackedMegabytes * 1024L * 1024L;
        var unpacked = 0L;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName is PluginPackage.ChecksumsFile or PluginPackage.SignatureFile)
            {
                continue;
            }

            if (entry.FullName.EndsWith('/'))
            {
                if (entry.Length > 0)
                {
                    throw new PluginPackageException($"The package holds a folder entry with content: '{entry.FullName}'.");
                }

                continue;
            }

            var path = SafePath(target, entry.FullName);
            seen.Add(entry.FullName);

            if (!checksums.TryGetValue(entry.FullName, out var expected))
            {
                throw new PluginPackageException($"'{entry.FullName}' is not listed in {PluginPackage.ChecksumsFile}: the package was changed after it was made.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var source = await entry.OpenAsync(cancellationToken))
            await using (var file = File.Create(path))
            {
                var buffer = new byte[81_920];
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    // Counted as written, not as the zip's headers claim.
                    unpacked += read;
                    if (unpacked > limit)
                    {
                        throw new PluginPackageException($"The package unpacks to more than {options.MaxUnpackedMegabytes} MB (ServiceDesk:PluginPackages:MaxUnpackedMegabytes).");
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                if (!hash.GetHashAndReset().AsSpan().SequenceEqual(expected))
                {
                    throw new PluginPackageException($"'{entry.FullName}' does not match its checksum: the package is damaged or was changed.");
                }
            }
        }

        if (checksums.Keys.FirstOrDefault(k => !seen.Contains(k)) is { } missing)
        {
            throw new PluginPackageException($"'{missing}' is listed in {PluginPackage.ChecksumsFile} but not in the package.");
        }
    }

    // The publisher whose key verifies the signature; refuses when a signature is required and none verifies.
    private async Task<string?> PublisherAsync(ZipArchive zip, byte[] checksums, CancellationToken cancellationToken)
    {
        var signature = await ReadSmallAsync(zip, PluginPackage.SignatureFile, cancellationToken);
        if (signature is not null)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(Encoding.ASCII.GetString(signature).Trim());
            }
            catch (FormatException)
            {
                throw new PluginPackageException($"{PluginPackage.SignatureFile} is not base64.");
            }

            foreach (var (name, keyPath) in options.TrustedPublishers)
            {
                if (Verifies(name, await ReadKeyAsync(name, keyPath, cancellationToken), checksums, bytes))
                {
                    return name;
                }
            }
        }

        if (options.RequireSignature)
        {
            throw new PluginPackageException(signature is null
                ? "The package is not signed, and this service desk requires packages signed by a trusted publisher (ServiceDesk:PluginPackages:RequireSignature)."
                : "The package's signature is not from a trusted publisher (ServiceDesk:PluginPackages:TrustedPublishers), or the package was changed after it was signed.");
        }

        return null;
    }

    private static bool Verifies(string name, string publicKeyPem, byte[] checksums, byte[] signature)
    {
        try
        {
            return PublisherKeys.Verify(publicKeyPem, checksums, signature);
        }
        catch (Exception error) when (error is CryptographicException or ArgumentException)
        {
            throw new PluginPackageException($"The key of trusted publisher '{name}' is not a PEM public key (ECDSA or RSA): {error.Message}");
        }
    }

    private async Task<string> ReadKeyAsync(string name, string keyPath, CancellationToken cancellationToken)
    {
        var path = Path.IsPathRooted(keyPath) ? keyPath : Path.Combine(Path.GetFullPath(dataPath), keyPath);
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new PluginPackageException($"The key of trusted publisher '{name}' cannot be read from {path}: {error.Message}");
        }
    }

    private static async Task<byte[]?> ReadSmallAsync(ZipArchive zip, string name, CancellationToken cancellationToken)
    {
        const int limit = 16 * 1024 * 1024;
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        await using var content = await entry.OpenAsync(cancellationToken);
        using var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new PluginPackageException($"{name} is larger than {limit / 1024 / 1024} MB.");
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    // A path inside the target folder, or a refusal: no absolute paths, no "..", no backslashes, drive letters or
    // control characters, and no name longer than file systems take.
    private static string SafePath(string target, string name)
    {
        var segments = name.Split('/');
        if (name.Contains('\\') || name.Contains(':') || name.StartsWith('/') || name.Any(char.IsControl)
            || segments.Any(s => s is "" or "." or ".." || Encoding.UTF8.GetByteCount(s) > 255))
        {
            throw new PluginPackageException($"The package holds a file with an unsafe path: '{name}'.");
        }

        var path = Path.GetFullPath(Path.Combine(target, name));
        if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new PluginPackageException($"The package holds a file with an unsafe path: '{name}'.");
        }

        return path;
    }
}
