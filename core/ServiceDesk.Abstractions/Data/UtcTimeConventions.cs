using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Abstractions.Data;

/// <summary>Makes every time of a context UTC (SDK 1.4.0), as the core's are.</summary>
public static class UtcTimeConventions
{
    /// <summary>
    /// Applies <see cref="UtcDateTimeConverter"/> to every <see cref="DateTime"/> property of the model; call it from the
    /// context's <c>ConfigureConventions</c>. SQLite hands times back without a kind, and PostgreSQL's timestamptz
    /// insists on UTC.
    /// </summary>
    public static ModelConfigurationBuilder UseUtcTimes(this ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        return conventions;
    }
}
