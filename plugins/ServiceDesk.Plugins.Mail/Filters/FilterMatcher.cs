using System.Text.RegularExpressions;
using MimeKit;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>Runs filters against a message, in their order, and says which match.</summary>
public static class FilterMatcher
{
    /// <summary>
    /// Tests each filter in turn: a filter matches when every condition holds. After a matching filter with StopAfterMatch,
    /// no other runs. A pattern that runs out of time counts as no match (so that neither a condition nor its negation
    /// holds), and is reported in <see cref="FilterVerdict.TimedOut"/>.
    /// </summary>
    public static FilterVerdict Match(IReadOnlyList<CompiledFilter> filters, MimeMessage message)
    {
        var fields = new MessageFields(message);
        var matched = new List<CompiledFilter>();
        var timedOut = new List<FilterTimeout>();
        foreach (var filter in filters)
        {
            if (!filter.Conditions.Select((condition, index) => Holds(filter, condition, index, fields, timedOut)).All(holds => holds))
            {
                continue;
            }

            matched.Add(filter);
            if (filter.StopAfterMatch)
            {
                return new FilterVerdict(matched, filter.Name, timedOut);
            }
        }

        return new FilterVerdict(matched, null, timedOut);
    }

    private static bool Holds(CompiledFilter filter, CompiledCondition condition, int index, MessageFields fields, List<FilterTimeout> timedOut)
    {
        try
        {
            var matches = fields.ValuesOf(condition.Condition).Any(condition.Regex.IsMatch);
            return matches != condition.Condition.Negate;
        }
        catch (RegexMatchTimeoutException)
        {
            timedOut.Add(new FilterTimeout(filter.Name, index, condition.Condition.Field));
            return false;
        }
    }
}
