namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>How the last readings of a mail account went, from the configuration or not, as the poll job records them.</summary>
public sealed class AccountStatus
{
    public const int MaxErrorLength = 2000;

    public string AccountId { get; set; } = "";

    /// <summary>When the folder was last read through (at the start of a run, and as new mail comes while it listens).</summary>
    public DateTime? LastReadAt { get; set; }

    /// <summary>When a reading last failed.</summary>
    public DateTime? LastFailedAt { get; set; }

    /// <summary>Why the last reading failed; null once one succeeds.</summary>
    public string? LastError { get; set; }
}
