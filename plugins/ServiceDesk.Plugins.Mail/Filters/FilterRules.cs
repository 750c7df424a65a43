using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Endpoints;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// What a filter must be, checked before it is saved: every problem of the request at once, by field, as the API's
/// problem details name them (<c>conditions[0].pattern</c>). The queue and the owner are looked up afterwards.
/// </summary>
public static class FilterRules
{
    public const int MaxConditions = 50;

    public const int MaxTags = 20;

    // The core's limit on a tag.
    public const int MaxTagLength = 100;

    // RFC 5322 says a line is at most 78 characters, so no header name is longer.
    private const int MaxFieldLength = 76;

    public static Dictionary<string, string[]> ProblemsOf(FilterRequest request)
    {
        var problems = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MailFilter.MaxNameLength)
        {
            problems["name"] = [$"A filter has a name of 1 to {MailFilter.MaxNameLength} characters."];
        }

        if (request.Position < 0)
        {
            problems["position"] = ["Position is 0 or more."];
        }

        var conditions = request.Conditions ?? [];
        if (conditions.Count is 0 or > MaxConditions)
        {
            problems["conditions"] = [$"A filter has 1 to {MaxConditions} conditions, each a header (or Body) and a pattern."];
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            CheckCondition(conditions[i], $"conditions[{i}]", problems);
        }

        CheckActions(request.Actions, problems);
        return problems;
    }

    private static void CheckCondition(FilterCondition? condition, string field, Dictionary<string, string[]> problems)
    {
        if (condition is null)
        {
            problems[field] = ["A condition has a field and a pattern."];
            return;
        }

        var name = condition.Field?.Trim() ?? "";
        if (name.Length is 0 or > MaxFieldLength || name.Any(c => c is < '!' or > '~' or ':'))
        {
            problems[field + ".field"] = [$"'{condition.Field}' is not a header's name, such as From, Subject or X-Spam-Flag, nor Body."];
        }

        if (string.IsNullOrEmpty(condition.Pattern) || condition.Pattern.Length > FilterPatterns.MaxLength)
        {
            problems[field + ".pattern"] = [$"A condition has a pattern (a .NET regular expression) of 1 to {FilterPatterns.MaxLength} characters."];
        }
        else if (FilterPatterns.ProblemOf(condition.Pattern) is { } problem)
        {
            problems[field + ".pattern"] = [$"The pattern does not compile: {problem}"];
        }
    }

    private static void CheckActions(FilterActions? actions, Dictionary<string, string[]> problems)
    {
        if (actions is null || (actions.Queue, actions.Priority, actions.Tags?.Count ?? 0, actions.Owner, actions.Junk, actions.Ignore) is (null, null, 0, null, false, false))
        {
            problems["actions"] = ["A filter does something: queue, priority, tags, owner, junk or ignore."];
            return;
        }

        if (actions.Queue is { } queue && string.IsNullOrWhiteSpace(queue))
        {
            problems["actions.queue"] = ["Name the queue, or leave queue out."];
        }

        if (actions.Priority is < 1 or > 5)
        {
            problems["actions.priority"] = ["Priority is from 1 (very low) to 5 (very high)."];
        }

        var tags = actions.Tags ?? [];
        if (tags.Count > MaxTags || tags.Any(t => (t?.Trim().Length ?? 0) is 0 or > MaxTagLength))
        {
            problems["actions.tags"] = [$"At most {MaxTags} tags, each of 1 to {MaxTagLength} characters."];
        }

        if (actions.Owner is { } owner && string.IsNullOrWhiteSpace(owner))
        {
            problems["actions.owner"] = ["Name the owner's login, or leave owner out."];
        }

        if (actions.Junk && actions.Queue is not null)
        {
            problems["actions.junk"] = ["Junk goes to the junk queue: give either junk or a queue."];
        }

        if (actions.Ignore && (actions.Queue, actions.Priority, tags.Count, actions.Owner, actions.Junk) is not (null, null, 0, null, false))
        {
            problems["actions.ignore"] = ["An ignored message becomes no ticket: ignore goes without other actions."];
        }
    }
}
