using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// Attachment contents under the data directory, addressed by SHA-256: the same file sent a hundred times is stored
/// once. A file is written to a temporary name and moved into place, so a crash never leaves half a file under a hash.
/// </summary>
public sealed class AttachmentStore(IOptions<ServiceDeskOptions> options)
{
    private string Root => Path.Combine(options.Value.FullDataPath, "attachments");

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return hash;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another request stored the same content meanwhile: same hash, same bytes.
            File.Delete(temporary);
        }

        return hash;
    }

    public Stream Open(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
}
