namespace ServiceDesk.Abstractions.Tickets;

/// <summary>A custom ticket field defined by an administrator.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Name">Unique key used in the API, e.g. "asset_tag".</param>
/// <param name="Label">What people see, e.g. "Asset tag".</param>
/// <param name="Type">The value type.</param>
/// <param name="Options">Allowed values of a dropdown.</param>
/// <param name="IsActive">False when retired.</param>
public sealed record CustomFieldInfo(int Id, string Name, string Label, CustomFieldType Type, IReadOnlyList<string> Options, bool IsActive);
