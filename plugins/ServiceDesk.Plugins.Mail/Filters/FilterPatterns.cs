using System.Text.RegularExpressions;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>How filter patterns are compiled: .NET regular expressions, without regard to case, with a time limit.</summary>
public static class FilterPatterns
{
    /// <summary>The longest pattern a condition may have.</summary>
    public const int MaxLength = 1_000;

    // Interpreted, not RegexOptions.Compiled: the filters are compiled again for every run of the poll job, and compiling
    // to IL costs more than the few hundred messages of a run save.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Compiles a pattern; a match that takes longer than <paramref name="timeout"/> throws <see cref="RegexMatchTimeoutException"/>.</summary>
    public static Regex Compile(string pattern, TimeSpan timeout) => new(pattern, Options, timeout);

    /// <summary>Why the pattern does not compile, or null when it does.</summary>
    public static string? ProblemOf(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options, Regex.InfiniteMatchTimeout);
            return null;
        }
        catch (ArgumentException error)
        {
            return error.Message;
        }
    }
}
