using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceDesk.Core.Data;

/// <summary>Marks every DateTime read from or written to the database as UTC.</summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(value => AsUtc(value), value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
