using System.Text;

namespace ServiceDesk.Core.Storage;

/// <summary>Turns a file name from the outside world into one that is safe to show and to offer for download.</summary>
public static class FileNameSanitizer
{
    private const int MaxLength = 255;
    private const string Fallback = "attachment";

    public static string Sanitize(string? fileName)
    {
        // Only the last path segment counts: "../../etc/passwd" and "C:\x\y.txt" lose their directories.
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsControl(c) && Array.IndexOf(Path.GetInvalidFileNameChars(), c) < 0 && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|'))
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length > MaxLength)
        {
            var extension = Path.GetExtension(clean);
            clean = extension.Length < 20 ? clean[..(MaxLength - extension.Length)] + extension : clean[..MaxLength];
        }

        return clean.Length == 0 ? Fallback : clean;
    }
}
