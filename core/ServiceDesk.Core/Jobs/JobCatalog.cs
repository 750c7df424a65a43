using ServiceDesk.Abstractions.Jobs;

namespace ServiceDesk.Core.Jobs;

/// <summary>The jobs registered in this process, by name, with the recurring ones' schedules read.</summary>
public sealed class JobCatalog
{
    private readonly Dictionary<string, JobRegistration> _byName;
    private readonly Dictionary<string, CronSchedule> _schedules;

    public JobCatalog(IEnumerable<JobRegistration> registrations)
    {
        _byName = registrations.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _schedules = _byName.Values.Where(r => r.Cron is not null).ToDictionary(r => r.Name, r => CronSchedule.Parse(r.Cron!), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<JobRegistration> Recurring => _byName.Values.Where(r => r.Cron is not null).ToList();

    /// <summary>The names of the delayed jobs this process can run.</summary>
    public IReadOnlyList<string> DelayedNames => _byName.Values.Where(r => r.Cron is null).Select(r => r.Name).ToList();

    public JobRegistration? Find(string name) => _byName.GetValueOrDefault(name);

    public JobRegistration? FindByType(Type jobType) => _byName.Values.FirstOrDefault(r => r.JobType == jobType);

    public CronSchedule Schedule(string name) => _schedules[name];
}
