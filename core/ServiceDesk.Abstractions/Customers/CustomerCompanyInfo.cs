namespace ServiceDesk.Abstractions.Customers;

/// <summary>A customer company (or department) that customer users belong to.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Name">Unique name.</param>
/// <param name="Comment">Free text for agents.</param>
/// <param name="IsActive">False when disabled.</param>
public sealed record CustomerCompanyInfo(int Id, string Name, string? Comment, bool IsActive);
