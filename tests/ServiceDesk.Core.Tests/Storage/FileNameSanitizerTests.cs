using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.Storage;

public sealed class FileNameSanitizerTests
{
    [TestCase("report.pdf", "report.pdf")]
    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("..\\..\\windows\\system32\\cmd.exe", "cmd.exe")]
    [TestCase("C:\\Users\\anna\\Отчёт за май.xlsx", "Отчёт за май.xlsx")]
    [TestCase("bad\u0000name\u0007.txt", "badname.txt")]
    [TestCase("what?<>|*.txt", "what.txt")]
    [TestCase("...", "attachment")]
    [TestCase("", "attachment")]
    [TestCase(null, "attachment")]
    public void Sanitize_KeepsOnlyASafeLastSegment(string? given, string expected)
    {
        Assert.That(FileNameSanitizer.Sanitize(given), Is.EqualTo(expected));
    }

    [Test]
    public void Sanitize_CutsLongNames_KeepingTheExtension()
    {
        var name = FileNameSanitizer.Sanitize(new string('a', 400) + ".docx");

        Assert.Multiple(() =>
        {
            Assert.That(name, Has.Length.EqualTo(255));
            Assert.That(name, Does.EndWith(".docx"));
        });
    }
}
