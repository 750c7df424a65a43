using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions;

/// <summary>
/// A value that may be absent, as distinct from present and null: in a partial update, an absent field is left as it
/// is while a present null clears it.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly record struct Optional<T>
{
    /// <summary>Creates a present value.</summary>
    public Optional(T value)
    {
        Value = value;
        IsSet = true;
    }

    /// <summary>The value; meaningful only when <see cref="IsSet"/>.</summary>
    public T Value { get; }

    /// <summary>True when the caller gave a value (which may be null).</summary>
    public bool IsSet { get; }

    /// <summary>Wraps a value as present.</summary>
    public static implicit operator Optional<T>(T value) => new(value);
}
