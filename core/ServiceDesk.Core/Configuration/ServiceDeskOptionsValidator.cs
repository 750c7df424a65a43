using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Jobs;

namespace ServiceDesk.Core.Configuration;

/// <summary>
/// Checks the whole settings tree at start: data annotations on nested sections (ticket numbers, limits) are not
/// checked by the standard validation, and a bad value there must stop the start with a clear message, not produce
/// odd ticket numbers later.
/// </summary>
public sealed class ServiceDeskOptionsValidator : IValidateOptions<ServiceDeskOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceDeskOptions options)
    {
        var failures = new List<string>();
        Check(options, ServiceDeskOptions.SectionName, failures);
        Check(options.Database, ServiceDeskOptions.SectionName + ":Database", failures);
        Check(options.TicketNumbers, ServiceDeskOptions.SectionName + ":TicketNumbers", failures);
        Check(options.Limits, ServiceDeskOptions.SectionName + ":Limits", failures);
        Check(options.Search, ServiceDeskOptions.SectionName + ":Search", failures);
        Check(options.Events, ServiceDeskOptions.SectionName + ":Events", failures);
        Check(options.Jobs, ServiceDeskOptions.SectionName + ":Jobs", failures);
        Check(options.PluginPackages, ServiceDeskOptions.SectionName + ":PluginPackages", failures);
        Check(options.Retention, ServiceDeskOptions.SectionName + ":Retention", failures);
        Check(options.Themes, ServiceDeskOptions.SectionName + ":Themes", failures);
        CheckSchedule(options.Retention.Schedule, ServiceDeskOptions.SectionName + ":Retention:Schedule", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSchedule(string? cron, string path, List<string> failures)
    {
        try
        {
            CronSchedule.Parse(cron ?? "");
        }
        catch (FormatException error)
        {
            failures.Add($"{path}: {error.Message}");
        }
    }

    private static void Check(object section, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"{path}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}
