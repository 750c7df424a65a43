using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Domain;

/// <summary>A custom ticket field defined by an administrator.</summary>
public sealed class CustomField
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Label { get; set; } = "";

    public CustomFieldType Type { get; set; }

    /// <summary>Allowed dropdown values, one per line.</summary>
    public string Options { get; set; } = "";

    public bool IsActive { get; set; } = true;
}
