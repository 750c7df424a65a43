using ServiceDesk.Abstractions.Data;
namespace ServiceDesk.Core.Data;

/// <summary>Times as the database keeps them (UTC, see <see cref="UtcDateTimeConverter"/>), as the SDK hands them out.</summary>
public static class UtcTimes
{
    public static DateTimeOffset Offset(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
