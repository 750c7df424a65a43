using System.Globalization;
using Scriban.Runtime;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Tests.Rendering;

/// <summary>A template with a mistake is refused before it is saved, with the line and column of the mistake.</summary>
public sealed class TemplateCheckTests
{
    [TestCase("Hello,\n{{ if customer.first_name }}Dear", 2, 1)]
    [TestCase("a\nb\n  {{ end }}", 3, 6)]
    [TestCase("{{ ticket.number | }}", 1, 1)]
    public void AMistake_IsReportedWithItsLine(string source, int line, int column)
    {
        var errors = TemplateRenderer.Check(source);

        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors[0].Line, Is.EqualTo(line), string.Join("; ", errors));
    }

    [Test]
    public void AValidTemplate_HasNoMistakes() =>
        Assert.That(TemplateRenderer.Check("{{ if customer.first_name != '' }}Dear {{ customer.full_name }}{{ else }}Hello{{ end }}"), Is.Empty);

    [Test]
    public void InAnHtmlTemplate_ValuesAreEscaped_ButSafeHtmlIsNot()
    {
        var model = new ScriptObject { ["name"] = "<script>alert(1)</script> & Co", ["signature"] = new SafeHtml("<b>Anna</b>") };
        var renderer = new TemplateRenderer(new RenderLimits(1_000, 20, 100_000, TimeSpan.FromSeconds(1)));

        var html = renderer.Render("<p>{{ name }}</p>{{ signature }}", TemplateFormat.Html, model, CultureInfo.InvariantCulture, StoreIncludes.None, CancellationToken.None);
        var text = renderer.Render("{{ name }}", TemplateFormat.Text, model, CultureInfo.InvariantCulture, StoreIncludes.None, CancellationToken.None);

        Assert.That(html, Is.EqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p><b>Anna</b>"));
        Assert.That(text, Is.EqualTo("<script>alert(1)</script> & Co"));
    }
}
