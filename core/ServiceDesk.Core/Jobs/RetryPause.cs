namespace ServiceDesk.Core.Jobs;

/// <summary>How long to wait before trying again after failures: the first pause, doubled after each further failure, at most an hour.</summary>
public static class RetryPause
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static TimeSpan After(int failures, double firstRetrySeconds)
    {
        var pause = TimeSpan.FromSeconds(firstRetrySeconds * Math.Pow(2, Math.Min(failures, 30) - 1));
        return pause < Longest ? pause : Longest;
    }
}
