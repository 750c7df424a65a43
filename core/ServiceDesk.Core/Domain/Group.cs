namespace ServiceDesk.Core.Domain;

/// <summary>A group of agents; permissions are granted per group.</summary>
public sealed class Group
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Comment { get; set; }

    public bool IsActive { get; set; } = true;
}
