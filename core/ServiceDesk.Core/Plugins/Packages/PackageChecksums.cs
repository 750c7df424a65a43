using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>
/// The list of a package's files with their SHA-256: one <c>{hex}  {path}</c> line per file, as <c>sha256sum</c> prints
/// it in text mode (paths with a newline or backslash, which it escapes, are refused as unsafe anyway).
/// </summary>
public static class PackageChecksums
{
    public static string Format(IEnumerable<(string Path, byte[] Hash)> files) =>
        string.Concat(files.Select(f => $"{Convert.ToHexStringLower(f.Hash)}  {f.Path}\n"));

    /// <summary>Reads the list by path; throws <see cref="PluginPackageException"/> on a malformed or repeated line.</summary>
    public static IReadOnlyDictionary<string, byte[]> Parse(byte[] content)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in Encoding.UTF8.GetString(content).Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length < 67 || line[64] != ' ' || line[65] != ' ' || !TryHex(line[..64], out var hash))
            {
                throw new PluginPackageException($"{PluginPackage.ChecksumsFile} line {number} is not '<sha-256 in hex>  <path>'.");
            }

            if (!files.TryAdd(line[66..], hash))
            {
                throw new PluginPackageException($"{PluginPackage.ChecksumsFile} lists '{line[66..]}' twice.");
            }
        }

        return files;
    }

    public static byte[] HashOf(Stream content) => SHA256.HashData(content);

    private static bool TryHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (!text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        bytes = Convert.FromHexString(text);
        return true;
    }
}
