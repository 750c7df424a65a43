using Cronos;

namespace ServiceDesk.Core.Jobs;

/// <summary>A recurring job's schedule, in UTC: five cron fields, or six with seconds first.</summary>
public sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(CronExpression expression) => _expression = expression;

    /// <summary>Reads a schedule; throws <see cref="FormatException"/> naming the schedule when it is not one.</summary>
    public static CronSchedule Parse(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            return new CronSchedule(CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard));
        }
        catch (CronFormatException error)
        {
            throw new FormatException($"'{cron}' is not a cron schedule (five fields, or six with seconds first): {error.Message}", error);
        }
    }

    /// <summary>The first occurrence after <paramref name="time"/> (UTC); far in the future for a schedule that never comes.</summary>
    public DateTime NextAfter(DateTime time) =>
        _expression.GetNextOccurrence(DateTime.SpecifyKind(time, DateTimeKind.Utc)) ?? DateTime.MaxValue.AddYears(-1);
}
