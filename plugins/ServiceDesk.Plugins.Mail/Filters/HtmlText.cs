using System.Text;
using MimeKit.Text;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// The text of an HTML body, for conditions on the body of a message that has no text part: what a reader sees, not the
/// markup, so that a pattern finds words however the HTML wraps them.
/// </summary>
public static class HtmlText
{
    public static string Of(string html)
    {
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        var text = new StringBuilder();
        var hidden = false;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken { Id: HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head } tag:
                    hidden = !tag.IsEndTag;
                    break;
                case HtmlTagToken { Id: HtmlTagId.Br or HtmlTagId.P or HtmlTagId.Div or HtmlTagId.LI or HtmlTagId.TR }:
                    text.Append('\n');
                    break;
                case HtmlDataToken data when !hidden:
                    text.Append(data.Data);
                    break;
            }
        }

        return text.ToString();
    }
}
