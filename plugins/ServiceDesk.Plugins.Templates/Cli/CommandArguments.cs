using System.Globalization;
using System.Numerics;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Plugins.Templates.Cli;

/// <summary>
/// The words typed after a template command's name: its values in order (a template's id, a version), and its options,
/// written <c>--name value</c> or <c>--name=value</c>.
/// </summary>
public sealed class CommandArguments
{
    private readonly IReadOnlyDictionary<string, string> _options;

    private CommandArguments(IReadOnlyList<string> values, IReadOnlyDictionary<string, string> options)
    {
        Values = values;
        _options = options;
    }

    public IReadOnlyList<string> Values { get; }

    /// <summary>
    /// The arguments, or null when they are not written as the command takes them (a value too many or too few, an
    /// option it does not have or given twice, an option without its value), for the command to show how it is written.
    /// </summary>
    /// <param name="words">The words after the command's name.</param>
    /// <param name="fewestValues">How many values the command needs.</param>
    /// <param name="mostValues">How many values it takes at the most.</param>
    /// <param name="options">The names of its options, without the dashes.</param>
    public static CommandArguments? Parse(IReadOnlyList<string> words, int fewestValues, int mostValues, IReadOnlyCollection<string> options)
    {
        var given = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            // "-" alone is a value: standard input, as the value of --file.
            if (!words[i].StartsWith("--", StringComparison.Ordinal))
            {
                given.Add(words[i]);
                continue;
            }

            var equals = words[i].IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? words[i][2..equals] : words[i][2..];
            if (!options.Contains(name) || named.ContainsKey(name) || (equals < 0 && i + 1 == words.Count))
            {
                return null;
            }

            named[name] = equals > 0 ? words[i][(equals + 1)..] : words[++i];
        }

        return given.Count >= fewestValues && given.Count <= mostValues ? new CommandArguments(given, named) : null;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>The value at <paramref name="index"/> as a number: a template's id, a version.</summary>
    /// <exception cref="ValidationException">It is not a whole number above 0; <paramref name="what"/> names it.</exception>
    public T Number<T>(int index, string what)
        where T : IBinaryInteger<T> =>
        NumberOf<T>(Values[index], what);

    /// <summary>The option <paramref name="name"/> as a number (a version), null when it is not given.</summary>
    /// <exception cref="ValidationException">It is not a whole number above 0.</exception>
    public T? NumberOption<T>(string name)
        where T : struct, IBinaryInteger<T> =>
        Option(name) is { } text ? NumberOf<T>(text, $"--{name}") : null;

    /// <summary>The option <paramref name="name"/>, which the command needs.</summary>
    /// <exception cref="ValidationException">It is missing; <paramref name="why"/> says what it is for.</exception>
    public string Required(string name, string why) => Option(name) ?? throw new ValidationException($"--{name}", why);

    private static T NumberOf<T>(string text, string what)
        where T : IBinaryInteger<T> =>
        T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > T.Zero
            ? number
            : throw new ValidationException(what, $"'{text}' is not a whole number above 0.");
}
