using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Data;

/// <summary>What a new installation starts with, as in Znuny: the standard states, groups and queues.</summary>
public static class DatabaseSeed
{
    public const string AdminLogin = "admin";
    public const string UsersGroup = "users";
    public const string AdminGroup = "admin";

    /// <summary>The counter that marks a database as seeded, with the version of the seed below.</summary>
    public const string Counter = "database-seed";

    /// <summary>Raise it when the seed below gains rows, so that databases seeded before get them at their next start.</summary>
    public const long Version = 1;

    public static readonly IReadOnlyList<(string Name, StateType Type)> States =
    [
        ("new", StateType.New),
        ("open", StateType.Open),
        ("pending reminder", StateType.PendingReminder),
        ("pending auto close+", StateType.PendingAutoCloseSuccessful),
        ("pending auto close-", StateType.PendingAutoCloseUnsuccessful),
        ("closed successful", StateType.ClosedSuccessful),
        ("closed unsuccessful", StateType.ClosedUnsuccessful),
        ("merged", StateType.Merged),
    ];

    public static readonly IReadOnlyList<string> Groups = [UsersGroup, AdminGroup];

    /// <summary>Postmaster takes mail nobody routed, Junk takes spam, Misc everything else.</summary>
    public static readonly IReadOnlyList<string> Queues = ["Postmaster", "Junk", "Misc"];
}
