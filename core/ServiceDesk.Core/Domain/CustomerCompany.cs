namespace ServiceDesk.Core.Domain;

/// <summary>A company or department customer users belong to.</summary>
public sealed class CustomerCompany
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Comment { get; set; }

    public bool IsActive { get; set; } = true;
}
