using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceDesk.Abstractions.Data;

/// <summary>
/// Marks every DateTime read from or written to the database as UTC: SQLite keeps no kind, and a time read back
/// without one would be written out without its "Z". The core applies it to all its times; a plugin applies it in its
/// context's <c>ConfigureConventions</c> (SDK 1.4.0).
/// </summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(value => AsUtc(value), value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
