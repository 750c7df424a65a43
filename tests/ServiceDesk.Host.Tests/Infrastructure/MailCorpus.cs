using System.Text.RegularExpressions;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// The shared corpus of real, public email messages (../shared/corpus/mail beside the repository), with its
/// MANIFEST.tsv of path, category and note. It is not part of the project: tests that use it are skipped, with a
/// notice, where it is absent. (The email plugin's unit tests compile this file too.)
/// </summary>
public static partial class MailCorpus
{
    public sealed record Entry(string Path, string Category, string Note)
    {
        /// <summary>A bounce by its category, or a broken one in another category that its note names as such.</summary>
        public bool IsBounce => Category == "bounces"
            || (Category != "autoreplies" && BounceNote().IsMatch(Note) && !NotABounceNote().IsMatch(Note));

        public bool IsAutoReply => Category == "autoreplies";
    }

    public static IReadOnlyList<Entry> Entries()
    {
        var folder = Folder() ?? throw new InconclusiveException("");
        return File.ReadAllLines(System.IO.Path.Combine(folder, "MANIFEST.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(fields => new Entry(System.IO.Path.Combine(folder, fields[0]), fields[1], fields.Length > 2 ? fields[2] : ""))
            .ToList();
    }

    /// <summary>The corpus folder; skips the calling test with a notice when it is absent.</summary>
    public static string? Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ServiceDesk.sln")))
            {
                var corpus = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "corpus", "mail"));
                if (File.Exists(System.IO.Path.Combine(corpus, "MANIFEST.tsv")))
                {
                    return corpus;
                }

                Assert.Ignore($"The shared mail corpus is absent ({corpus}): this test needs it and is skipped.");
            }
        }

        Assert.Ignore("The repository root (ServiceDesk.sln) was not found above the test's folder, nor the shared mail corpus beside it.");
        return null;
    }

    [GeneratedRegex(@"\bDSN\b|\bbounce\b|delay notice", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BounceNote();

    [GeneratedRegex("not a DSN|not a bounce|false-positive", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotABounceNote();
}
