using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Makes HTML from mail and forms safe to show: scripts, event handlers, javascript: links and foreign frames are
/// removed; inline images by Content-ID stay.
/// </summary>
public sealed class HtmlBodySanitizer
{
    private readonly HtmlSanitizer _sanitizer;
    private readonly HtmlParser _parser = new();

    public HtmlBodySanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("cid");
        _sanitizer.AllowedSchemes.Add("mailto");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    /// <summary>The readable text of an HTML body, for messages that came without a plain-text part.</summary>
    public string ToText(string html)
    {
        using var document = _parser.ParseDocument(html);
        foreach (var hidden in document.QuerySelectorAll("script, style, head"))
        {
            hidden.Remove();
        }

        return (document.Body?.TextContent ?? "").Trim();
    }
}
