using System.Text.Json.Serialization;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// One test of a postmaster filter: a header of the message, or its text body, against a .NET regular expression,
/// without regard to case. A filter matches when all its conditions hold.
/// </summary>
/// <param name="Field">
/// A header's name, such as <c>From</c>, <c>To</c>, <c>Cc</c>, <c>Subject</c>, <c>Reply-To</c> or <c>X-Spam-Flag</c>;
/// or <see cref="Body"/> for the text body. A header that is missing counts as one empty value; one that appears several
/// times (<c>Received</c>) matches when any of its values does.
/// </param>
/// <param name="Pattern">The regular expression, e.g. <c>@example\.com$</c>.</param>
/// <param name="Negate">True for "does not match": the condition holds when no value matches.</param>
public sealed record FilterCondition(string Field, string Pattern, bool Negate = false)
{
    /// <summary>The field name that stands for the text body (of an HTML-only message, the text of its HTML).</summary>
    public const string Body = "Body";

    /// <summary>True when the condition looks at the body rather than a header.</summary>
    [JsonIgnore]
    public bool IsBody => string.Equals(Field, Body, StringComparison.OrdinalIgnoreCase);
}
