namespace ServiceDesk.Abstractions.Users;

/// <summary>Names as people write them: never lower-cased, never guessed from an email address.</summary>
public static class PersonName
{
    /// <summary>Joins first and last name with a space; null when both are empty.</summary>
    public static string? Join(string? firstName, string? lastName)
    {
        var full = $"{firstName?.Trim()} {lastName?.Trim()}".Trim();
        return full.Length == 0 ? null : full;
    }

    /// <summary>
    /// Splits a display name such as "Анна Петрова" into first and last name at the last space. A single word is the
    /// first name.
    /// </summary>
    public static (string FirstName, string LastName) Split(string? displayName)
    {
        var name = displayName?.Trim().Trim('"', '\'').Trim() ?? "";
        var space = name.LastIndexOf(' ');
        return space < 0 ? (name, "") : (name[..space].Trim(), name[(space + 1)..]);
    }
}
