using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Data;

/// <summary>A template as stored: its current definition, and how often it was used.</summary>
public sealed class StoredTemplate
{
    public long Id { get; set; }

    /// <summary>The definition's name, a column of its own for the unique index.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The definition's kind, a column of its own to find the templates of a kind.</summary>
    public TemplateKind Kind { get; private set; }

    /// <summary>Kept as JSON, so that a new setting of templates needs no migration.</summary>
    public TemplateDefinition Definition { get; private set; } = null!;

    /// <summary>Grows with every saved change; the ETag of the template.</summary>
    public int Version { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>Who saved the current version: their name as the service shows it.</summary>
    public string ChangedBy { get; set; } = "";

    /// <summary>How many answers and messages were made with it.</summary>
    public long UsageCount { get; set; }

    public DateTime? LastUsedAt { get; set; }

    /// <summary>Replaces the definition, and the columns taken from it.</summary>
    public void Define(TemplateDefinition definition)
    {
        Definition = definition;
        Name = definition.Name;
        Kind = definition.Kind;
    }
}
