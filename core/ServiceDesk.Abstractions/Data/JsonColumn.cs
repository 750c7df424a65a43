using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ServiceDesk.Abstractions.Data;

/// <summary>
/// Keeps a value as JSON in a text column, which SQLite and PostgreSQL store alike (no jsonb: the migrations are the same
/// on both engines). SDK 1.4.0.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Stores the property as JSON text (web defaults: camelCase), compared by its JSON to notice changes.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class =>
        property.HasConversion(
            value => Write(value),
            json => Read<T>(json),
            // Compared by their JSON, so that a change inside a list or record is saved.
            new ValueComparer<T>((a, b) => Write(a) == Write(b), value => StringComparer.Ordinal.GetHashCode(Write(value)), value => Read<T>(Write(value))));

    private static string Write<T>(T? value) => JsonSerializer.Serialize(value, Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A {typeof(T).Name} column holds null.");
}
