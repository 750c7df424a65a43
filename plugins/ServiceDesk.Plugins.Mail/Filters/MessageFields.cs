using MimeKit;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>The values of a message that conditions test: its headers, decoded and unfolded, and its text body.</summary>
public sealed class MessageFields(MimeMessage message)
{
    private string? _body;

    /// <summary>
    /// The values of a header (every occurrence; one empty value when the message has none, so that <c>^$</c> finds a
    /// missing header), or the text body for <see cref="FilterCondition.Body"/>.
    /// </summary>
    public IReadOnlyList<string> ValuesOf(FilterCondition condition)
    {
        if (condition.IsBody)
        {
            return [_body ??= message.TextBody ?? HtmlText.Of(message.HtmlBody ?? "")];
        }

        var values = message.Headers
            .Where(h => string.Equals(h.Field, condition.Field, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.Trim())
            .ToList();
        return values.Count == 0 ? [""] : values;
    }
}
