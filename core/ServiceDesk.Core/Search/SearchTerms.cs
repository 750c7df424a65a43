using System.Text.RegularExpressions;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Core.Search;

/// <summary>
/// The words of a search text. Only letters and digits are kept, so what reaches the full-text engine can never be
/// read as its query syntax; every word must match, as a prefix ("принтер" finds "принтера").
/// </summary>
public static partial class SearchTerms
{
    private const int MaxWords = 16;

    public static IReadOnlyList<string> Parse(string text)
    {
        var words = WordPattern().Matches(text)
            .Select(m => m.Value.ToLowerInvariant())
            .Distinct()
            .Take(MaxWords)
            .ToList();
        return words.Count > 0
            ? words
            : throw new ValidationException("q", "The search text has no letters or digits to look for.");
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
