namespace ServiceDesk.Abstractions.Tickets;

/// <summary>A ticket state.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Name">Unique name, e.g. "pending reminder".</param>
/// <param name="Type">The behaviour behind it.</param>
/// <param name="IsActive">False when retired: tickets can no longer be set to it.</param>
public sealed record StateInfo(int Id, string Name, StateType Type, bool IsActive);
