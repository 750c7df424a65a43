using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>The type of a custom ticket field; values are checked against it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CustomFieldType>))]
public enum CustomFieldType
{
    /// <summary>Free text.</summary>
    Text = 1,

    /// <summary>A whole number.</summary>
    Integer = 2,

    /// <summary>A decimal number (invariant culture, point as separator).</summary>
    Decimal = 3,

    /// <summary>A date, yyyy-MM-dd.</summary>
    Date = 4,

    /// <summary>A point in time, ISO 8601 with offset.</summary>
    DateTime = 5,

    /// <summary>true or false.</summary>
    Boolean = 6,

    /// <summary>One of a fixed list of options.</summary>
    Dropdown = 7,
}
