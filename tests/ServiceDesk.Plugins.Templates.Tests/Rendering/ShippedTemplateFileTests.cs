using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Tests.Rendering;

/// <summary>A shipped template's file: an optional <c>Subject:</c> line and an empty line, then the body; every shipped file parses.</summary>
public sealed class ShippedTemplateFileTests
{
    [Test]
    public void ASubjectLine_IsTheSubject_AndTheRestTheBody()
    {
        var variant = ShippedTemplates.Parse("en", "Subject: Ticket {{ ticket.number }}\r\n\r\nLine one.\r\nLine two.\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(variant.Subject, Is.EqualTo("Ticket {{ ticket.number }}"));
            Assert.That(variant.Body, Is.EqualTo("Line one.\nLine two."));
            Assert.That(variant.Language, Is.EqualTo("en"));
        });
    }

    [Test]
    public void AFileWithoutASubjectLine_IsAllBody() =>
        Assert.That(ShippedTemplates.Parse("ru", "Здравствуйте!\n").Subject, Is.Null);

    [Test]
    public void EveryShippedFile_ParsesAsATemplate_InEnglishAndRussian()
    {
        var folder = Path.Combine(Path.GetDirectoryName(typeof(ShippedTemplates).Assembly.Location)!, "Defaults");
        var files = Directory.GetFiles(folder, "*.sbn");

        Assert.Multiple(() =>
        {
            Assert.That(ShippedTemplates.Languages, Is.EqualTo(new[] { "en", "ru" }));
            Assert.That(files, Has.Length.EqualTo((ShippedTemplates.Names.Count + 1) * 2), "each kind's file and the layout, in both languages");
            foreach (var file in files)
            {
                var variant = ShippedTemplates.Parse("en", File.ReadAllText(file));
                Assert.That(TemplateRenderer.Check(variant.Body), Is.Empty, Path.GetFileName(file));
                Assert.That(TemplateRenderer.Check(variant.Subject ?? ""), Is.Empty, Path.GetFileName(file));
            }
        });
    }
}
