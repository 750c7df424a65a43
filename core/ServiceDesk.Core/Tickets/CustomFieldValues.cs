using System.Globalization;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>Checks a custom field value against its type and brings it to one invariant text form.</summary>
public static class CustomFieldValues
{
    private const int MaxTextLength = 4000;

    public static string Normalize(CustomField field, string value)
    {
        var text = value.Trim();
        var normalized = field.Type switch
        {
            CustomFieldType.Text => text.Length <= MaxTextLength ? text : null,
            CustomFieldType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? i.ToString(CultureInfo.InvariantCulture) : null,
            CustomFieldType.Decimal => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                ? d.ToString(CultureInfo.InvariantCulture) : null,
            CustomFieldType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            CustomFieldType.DateTime => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : null,
            CustomFieldType.Boolean => bool.TryParse(text, out var b) ? (b ? "true" : "false") : null,
            CustomFieldType.Dropdown => OptionsOf(field).Contains(text) ? text : null,
            _ => null,
        };
        return normalized ?? throw new ValidationException($"fields.{field.Name}", Expectation(field));
    }

    public static IReadOnlyList<string> OptionsOf(CustomField field) =>
        field.Options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Expectation(CustomField field) => field.Type switch
    {
        CustomFieldType.Text => $"At most {MaxTextLength} characters.",
        CustomFieldType.Integer => "A whole number is expected.",
        CustomFieldType.Decimal => "A number with a point as decimal separator is expected.",
        CustomFieldType.Date => "A date as yyyy-MM-dd is expected.",
        CustomFieldType.DateTime => "A time as ISO 8601 is expected, e.g. 2026-11-22T10:00:00+03:00.",
        CustomFieldType.Boolean => "true or false is expected.",
        CustomFieldType.Dropdown => "One of: " + string.Join(", ", OptionsOf(field)) + ".",
        _ => "Unsupported field type.",
    };
}
