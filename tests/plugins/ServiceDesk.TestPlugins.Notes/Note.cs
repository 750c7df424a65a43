namespace ServiceDesk.TestPlugins.Notes;

/// <summary>One note. Its key is made by the plugin, so the table needs nothing engine-specific.</summary>
public sealed class Note
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
#if NOTES_NEXT

    /// <summary>Added by version 1.1.0's migration.</summary>
    public bool Pinned { get; set; }
#endif
}
