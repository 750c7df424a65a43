namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// What the filters say about a message: which matched, in order, and what their actions add up to. Later filters' queue
/// (or junk), priority and owner win over earlier ones', as later X-OTRS headers do in Znuny; tags add up; the first
/// filter that ignores the message names the reason.
/// </summary>
/// <param name="Matched">The filters that matched, in the order they ran.</param>
/// <param name="StoppedBy">The filter that matched with StopAfterMatch, after which no other ran; null when all ran.</param>
/// <param name="TimedOut">Conditions whose patterns ran out of time; each counted as not holding.</param>
public sealed record FilterVerdict(IReadOnlyList<CompiledFilter> Matched, string? StoppedBy, IReadOnlyList<FilterTimeout> TimedOut)
{
    /// <summary>The name of the first matching filter that ignores the message, or null when it is to be imported.</summary>
    public string? IgnoredBy => Matched.FirstOrDefault(f => f.Actions.Ignore)?.Name;

    /// <summary>True when the last filter that chose where the ticket goes marked it as junk.</summary>
    public bool Junk => Destination?.Junk == true;

    /// <summary>The queue the last filter that chose one named; null when none did, or when the message is junk.</summary>
    public string? Queue => Junk ? null : Destination?.Queue;

    /// <summary>The priority the last filter that chose one named.</summary>
    public int? Priority => Matched.LastOrDefault(f => f.Actions.Priority is not null)?.Actions.Priority;

    /// <summary>The owner's login the last filter that chose one named.</summary>
    public string? Owner => Matched.LastOrDefault(f => f.Actions.Owner is not null)?.Actions.Owner;

    /// <summary>The tags of all matching filters, each once.</summary>
    public IReadOnlyList<string> Tags => Matched.SelectMany(f => f.Actions.Tags ?? []).Distinct(StringComparer.Ordinal).ToList();

    private FilterActions? Destination => Matched.LastOrDefault(f => f.Actions.Junk || f.Actions.Queue is not null)?.Actions;
}
