using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Data;

/// <summary>A saved version of a template: who saved what, and when. Versions are never changed.</summary>
public sealed class TemplateVersion
{
    public long Id { get; set; }

    public long TemplateId { get; set; }

    public int Version { get; set; }

    public TemplateDefinition Definition { get; set; } = null!;

    public DateTime ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    /// <summary>created, updated or restored (then <see cref="RestoredFrom"/> names the version).</summary>
    public string Change { get; set; } = "";

    public int? RestoredFrom { get; set; }
}
