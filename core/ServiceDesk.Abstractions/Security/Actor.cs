namespace ServiceDesk.Abstractions.Security;

/// <summary>
/// The one on whose behalf an operation runs. Every service call takes an actor explicitly, so that the same
/// access rules apply to the REST API, the web interface, the CLI and plugins.
/// </summary>
/// <param name="Kind">What kind of actor this is.</param>
/// <param name="Id">The agent's or customer user's id; 0 for the system.</param>
/// <param name="Name">A display name written into history entries.</param>
public sealed record Actor(ActorKind Kind, int Id, string Name)
{
    /// <summary>The system actor, for jobs and automatic changes.</summary>
    public static Actor System { get; } = new(ActorKind.System, 0, "system");

    /// <summary>True for agents and administrators.</summary>
    public bool IsAgent => Kind is ActorKind.Agent or ActorKind.Admin;

    /// <summary>True for administrators and the system, who bypass per-queue permissions.</summary>
    public bool IsPrivileged => Kind is ActorKind.Admin or ActorKind.System;

    /// <summary>True for customer users.</summary>
    public bool IsCustomer => Kind == ActorKind.Customer;
}
