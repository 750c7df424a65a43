using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.TestPlugins.Greeter;

/// <summary>The section ServiceDesk:Plugins:greeter.</summary>
public sealed class GreeterSettings
{
    /// <summary>What the greeter answers.</summary>
    [Required]
    [StringLength(40)]
    public string Greeting { get; set; } = "Hello";
}
