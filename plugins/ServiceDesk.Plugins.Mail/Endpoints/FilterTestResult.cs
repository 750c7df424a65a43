using System.Globalization;
using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>What the filters would do to a message, as POST /filters/test answers; nothing is imported.</summary>
/// <param name="Matched">The enabled filters that match, in the order they run.</param>
/// <param name="StoppedBy">The matching filter with StopAfterMatch after which no other ran.</param>
/// <param name="IgnoredBy">The filter that ignores the message: it would wait in the quarantine instead.</param>
/// <param name="Queue">A new ticket's queue; null for the account's.</param>
/// <param name="Junk">True when the queue is the junk queue because a filter marked the message as junk.</param>
/// <param name="Priority">A new ticket's priority; null for the queue's default.</param>
/// <param name="Tags">A new ticket's tags.</param>
/// <param name="Owner">A new ticket's owner's login.</param>
/// <param name="TimedOut">Conditions whose patterns ran out of time, each counted as no match.</param>
/// <param name="Notes">Actions left out because the queue or agent they name is gone.</param>
/// <param name="Outcome">The above in a sentence.</param>
public sealed record FilterTestResult(
    IReadOnlyList<FilterTestMatch> Matched,
    string? StoppedBy,
    string? IgnoredBy,
    string? Queue,
    bool Junk,
    int? Priority,
    IReadOnlyList<string> Tags,
    string? Owner,
    IReadOnlyList<FilterTimeout> TimedOut,
    IReadOnlyList<string> Notes,
    string Outcome)
{
    public static FilterTestResult Of(FilterDecision decision)
    {
        var verdict = decision.Verdict;
        return new FilterTestResult(
            verdict.Matched.Select(f => new FilterTestMatch(f.Id, f.Name, f.Actions)).ToList(),
            verdict.StoppedBy,
            verdict.IgnoredBy,
            decision.Queue,
            verdict.Junk && decision.Queue is not null,
            (int?)decision.Priority,
            decision.Tags,
            decision.Owner,
            verdict.TimedOut,
            decision.Notes,
            OutcomeOf(decision));
    }

    private static string OutcomeOf(FilterDecision decision)
    {
        if (decision.Verdict.IgnoredBy is { } ignoredBy)
        {
            return $"Ignored by filter {ignoredBy}: the message would become no ticket or article, and wait in the quarantine.";
        }

        if (decision.Verdict.Matched.Count == 0)
        {
            return "No filter matches: the message would be imported as it is.";
        }

        var ticket = new List<string>
        {
            decision.Queue is null ? "in the account's queue" : $"in queue {decision.Queue}" + (decision.Verdict.Junk ? " (junk)" : ""),
            decision.Priority is { } priority ? $"priority {((int)priority).ToString(CultureInfo.InvariantCulture)}" : "the queue's priority",
        };
        if (decision.Tags.Count > 0)
        {
            ticket.Add("tags " + string.Join(", ", decision.Tags));
        }

        if (decision.Owner is not null)
        {
            ticket.Add("owner " + decision.Owner);
        }

        return $"A new ticket would open {string.Join(", ", ticket)}; a follow-up would go to its ticket as it is.";
    }
}
