using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>
/// The section "ServiceDesk:Retention": how long finished background work is kept for administrators to look at before
/// the retention job deletes it. Work that failed or waits is never deleted.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Days to keep events delivered to every handler, their deliveries, and delayed jobs that ran; 0 keeps them for ever.</summary>
    [Range(0, 36_500)]
    public int Days { get; set; } = 30;

    /// <summary>When the retention job runs (cron, UTC): by default daily at 03:40.</summary>
    [Required]
    public string Schedule { get; set; } = "40 3 * * *";
}
