using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Tickets;

public sealed class HtmlBodySanitizerTests
{
    private readonly HtmlBodySanitizer _sanitizer = new();

    [Test]
    public void Sanitize_RemovesScriptsHandlersAndJavascriptLinks()
    {
        var html = _sanitizer.Sanitize(
            "<p onclick=\"steal()\">Hi</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a><img src=\"x\" onerror=\"alert(3)\">");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<p>Hi</p>"));
            Assert.That(html, Does.Not.Contain("script").IgnoreCase);
            Assert.That(html, Does.Not.Contain("onclick").And.Not.Contain("onerror"));
            Assert.That(html, Does.Not.Contain("javascript:"));
        });
    }

    [Test]
    public void Sanitize_KeepsInlineImagesByContentId()
    {
        Assert.That(_sanitizer.Sanitize("<img src=\"cid:logo@example\">"), Does.Contain("cid:logo@example"));
    }

    [Test]
    public void ToText_ReadsTheVisibleText()
    {
        Assert.That(_sanitizer.ToText("<html><head><style>p{}</style></head><body><p>Принтер</p><p>сломан</p></body></html>"),
            Is.EqualTo("Принтерсломан"));
    }
}
