using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Themes;

namespace ServiceDesk.Core.Tests.Themes;

/// <summary>
/// A theme's file is the active theme's own, else its parent's, and so on; a broken or missing manifest, or parents that
/// go round in a circle, end the chain; paths that leave a theme are refused; a file added while running counts at once.
/// </summary>
public sealed class ThemeChainTests
{
    private string _root = "";

    [SetUp]
    public void CreateThemes()
    {
        _root = Path.Combine(Path.GetTempPath(), $"servicedesk-theme-chain-{Guid.NewGuid():N}");
        Theme("default", null, ("templates/email-layout.en.sbn", "default layout"), ("templates/signature.en.sbn", "default signature"));
        Theme("corp", "default", ("templates/email-layout.en.sbn", "corp layout"));
        Theme("night", "corp");
    }

    [TearDown]
    public void DeleteThemes() => Directory.Delete(_root, recursive: true);

    [Test]
    public void AFile_IsTheActiveThemesOwn_ElseItsNearestAncestors()
    {
        var chain = Chain("night");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(chain.Find("templates/email-layout.en.sbn")!), Is.EqualTo("corp layout"));
            Assert.That(File.ReadAllText(chain.Find("templates/signature.en.sbn")!), Is.EqualTo("default signature"));
            Assert.That(chain.Find("templates/salutation.en.sbn"), Is.Null);
            Assert.That(chain.Folders().Select(Path.GetFileName), Is.EqualTo(new[] { "night", "corp", "default" }));
        });
    }

    [Test]
    public void AFileAddedWhileRunning_CountsAtOnce()
    {
        var chain = Chain("night");
        Assert.That(chain.Find("templates/salutation.en.sbn"), Is.Null);

        File.WriteAllText(Path.Combine(_root, "night", "templates", "salutation.en.sbn"), "night salutation");

        Assert.That(File.ReadAllText(chain.Find("templates/salutation.en.sbn")!), Is.EqualTo("night salutation"));
    }

    [Test]
    public void ParentsInACircle_OrABrokenManifest_EndTheChain()
    {
        Theme("a", "b");
        Theme("b", "a");
        Theme("broken", "default");
        File.WriteAllText(Path.Combine(_root, "broken", "theme.json"), "{ not json");
        Theme("misnamed", "default");
        File.WriteAllText(Path.Combine(_root, "misnamed", "theme.json"), """{ "id": "other", "name": "x", "version": "1.0.0" }""");

        Assert.Multiple(() =>
        {
            Assert.That(Chain("a").Folders().Select(Path.GetFileName), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(Chain("broken").Folders(), Is.Empty);
            Assert.That(Chain("misnamed").Folders(), Is.Empty);
            Assert.That(Chain("absent").Find("templates/email-layout.en.sbn"), Is.Null);
        });
    }

    [TestCase("../corp/templates/email-layout.en.sbn")]
    [TestCase("/etc/passwd")]
    [TestCase("templates/../../default/theme.json")]
    [TestCase("")]
    public void APathThatLeavesTheTheme_IsRefused(string path) =>
        Assert.That(() => Chain("night").Find(path), Throws.ArgumentException);

    private ThemeChain Chain(string active) => new(
        Options.Create(new ServiceDeskOptions { Themes = new ThemeOptions { Path = _root, Active = active } }), NullLogger<ThemeChain>.Instance);

    private void Theme(string id, string? parent, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(_root, id);
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        File.WriteAllText(Path.Combine(folder, "theme.json"),
            $$"""{ "id": "{{id}}", "name": "{{id}}", "version": "1.0.0", "parent": {{(parent is null ? "null" : $"\"{parent}\"")}} }""");
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, path), text);
        }
    }
}
