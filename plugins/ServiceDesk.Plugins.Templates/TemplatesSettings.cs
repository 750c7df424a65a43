using System.ComponentModel.DataAnnotations;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates;

/// <summary>The templates plugin's settings, the section <c>ServiceDesk:Plugins:templates</c>.</summary>
public sealed class TemplatesSettings : IValidatableObject
{
    /// <summary>Where agents and customers reach the service, for the links in templates (<c>ticket.agent_url</c>).</summary>
    [Required]
    [Url]
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>The language of a rendering when the recipient has none and the template has no variant in it.</summary>
    [Required]
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Dates in templates for customers, who have no time zone of their own (IANA name).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Loop iterations one rendering may make, counted across nested loops.</summary>
    [Range(1, 1_000_000)]
    public int MaxLoopIterations { get; set; } = 10_000;

    /// <summary>Nested function calls one rendering may make.</summary>
    [Range(1, 1_000)]
    public int MaxRecursion { get; set; } = 50;

    /// <summary>Characters one rendering may write.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxOutputCharacters { get; set; } = 1_000_000;

    /// <summary>Time one rendering may take, in milliseconds.</summary>
    [Range(10, 60_000)]
    public int RenderTimeoutMilliseconds { get; set; } = 2_000;

    /// <summary>The limits of one rendering.</summary>
    public RenderLimits Limits => new(MaxLoopIterations, MaxRecursion, MaxOutputCharacters, TimeSpan.FromMilliseconds(RenderTimeoutMilliseconds));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"DefaultTimeZone '{DefaultTimeZone}' is not a time zone this machine knows.", [nameof(DefaultTimeZone)]);
        }
    }
}
