namespace ServiceDesk.Abstractions.Users;

/// <summary>A group of agents; queues belong to a group and its permissions decide who works them.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Name">Unique name.</param>
/// <param name="Comment">Free text for administrators.</param>
/// <param name="IsActive">False when retired.</param>
public sealed record GroupInfo(int Id, string Name, string? Comment, bool IsActive);
