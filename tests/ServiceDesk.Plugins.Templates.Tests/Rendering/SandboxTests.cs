using System.Globalization;
using Scriban.Runtime;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Tests.Rendering;

/// <summary>
/// Templates are written by administrators and agents, so a template reaches its model and nothing else, and stops at
/// its limits: every way out that was tried is refused.
/// </summary>
public sealed class SandboxTests
{
    private static readonly RenderLimits Limits = new(MaxLoopIterations: 1_000, MaxRecursion: 20, MaxOutputCharacters: 100_000, Timeout: TimeSpan.FromSeconds(1));

    private readonly TemplateRenderer _renderer = new(Limits);

    [Test]
    public void TheModel_IsWhatATemplateSees()
    {
        var model = new ScriptObject { ["customer"] = new ScriptObject { ["first_name"] = "Пётр" } };

        Assert.That(Render("Здравствуйте, {{ customer.first_name }}!", model), Is.EqualTo("Здравствуйте, Пётр!"));
    }

    [TestCase("{{ model = customer; model.GetType }}")]
    [TestCase("{{ customer.GetType().Assembly }}")]
    [TestCase("{{ date.now.GetType }}")]
    public void DotNetMembersBeyondTheModel_AreNotReached(string source)
    {
        var model = new ScriptObject { ["customer"] = new ScriptObject { ["first_name"] = "Пётр" } };

        // Refused, or nothing: a member the model does not have reads as empty.
        Assert.That(SafeRender(source, model), Is.Empty);
    }

    [Test]
    public void ANetObjectSlippedIntoTheModel_ShowsNoMembers()
    {
        var model = new ScriptObject { ["file"] = new FileInfo("/etc/passwd") };

        Assert.That(SafeRender("{{ file.FullName }}{{ file.full_name }}{{ file.directory.name }}", model), Does.Not.Contain("passwd").And.Not.Contain("etc"));
    }

    [TestCase("../../../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("signature")]
    public void AnIncludeOutsideTheStore_IsRefused(string name)
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render($"{{{{ include '{name}' }}}}", new ScriptObject()));

        Assert.That(error!.Error.Message, Does.Contain($"There is no template named '{name}'"));
    }

    [Test]
    public void AnIncludeFromTheStore_IsRendered()
    {
        var includes = new StoreIncludes(new Dictionary<string, string> { ["signature"] = "-- \n{{ agent }}" });

        var text = _renderer.Render("Thanks.\n{{ include 'signature' }}", TemplateFormat.Text, new ScriptObject { ["agent"] = "Anna" }, CultureInfo.InvariantCulture, includes, CancellationToken.None);

        Assert.That(text, Is.EqualTo("Thanks.\n-- \nAnna"));
    }

    [TestCase("{{ while true; end }}")]
    [TestCase("{{ for i in 1..10000000; end }}")]
    [TestCase("{{ for i in 1..900; for j in 1..900; end; end }}")]
    public void AnEndlessOrHugeLoop_IsStopped(string source)
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render(source, new ScriptObject()));

        Assert.That(error!.Error.Message, Does.Contain("loop").IgnoreCase);
    }

    [Test]
    public void EndlessRecursion_IsStopped()
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render("{{ func f; f; end; f }}", new ScriptObject()));

        Assert.That(error!.Error.Message, Does.Contain("recursive").IgnoreCase.Or.Contain("recursion").IgnoreCase);
    }

    [Test]
    public void AStringThatDoublesItself_IsStoppedAtTheOutputLimit()
    {
        Assert.That(
            () => Render("{{ x = 'aaaaaaaaaa'; for i in 1..40; x = x + x; end; x }}", new ScriptObject()),
            Throws.InstanceOf<TemplateRenderException>());
    }

    [Test]
    public void ABuiltinFunction_CannotBeReplacedForTheNextRendering()
    {
        Assert.That(SafeRender("{{ string.upcase = 'hacked' }}", new ScriptObject()), Does.Not.Contain("hacked"));
        Assert.That(Render("{{ 'ok' | string.upcase }}", new ScriptObject()), Is.EqualTo("OK"));
    }

    [Test]
    public void ARenderingThatTakesTooLong_IsStopped()
    {
        var renderer = new TemplateRenderer(Limits with { MaxLoopIterations = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Throws<TemplateRenderException>(() =>
            renderer.Render("{{ for i in 1..1000000000; x = i * 2; end }}", TemplateFormat.Text, new ScriptObject(), CultureInfo.InvariantCulture, StoreIncludes.None, CancellationToken.None));

        Assert.That(error!.Error.Message, Does.Contain("longer than 0.2 s"));
    }

    private string Render(string source, ScriptObject model) =>
        _renderer.Render(source, TemplateFormat.Text, model, CultureInfo.InvariantCulture, StoreIncludes.None, CancellationToken.None);

    private string SafeRender(string source, ScriptObject model)
    {
        try
        {
            return Render(source, model);
        }
        catch (TemplateRenderException)
        {
            return string.Empty;
        }
    }
}
