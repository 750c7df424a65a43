using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>A postmaster filter as an administrator creates it, or replaces it whole.</summary>
/// <param name="Name">Unique, without regard to case; 1 to 100 characters.</param>
/// <param name="Position">Where it runs among the others (lower first, then by name); new ones go last when absent, and a replaced one keeps its place.</param>
/// <param name="Enabled">True when absent.</param>
/// <param name="StopAfterMatch">When it matches, no filter after it runs; false when absent.</param>
/// <param name="Conditions">At least one; all must hold.</param>
/// <param name="Actions">At least one.</param>
public sealed record FilterRequest(
    string? Name, int? Position, bool? Enabled, bool? StopAfterMatch, IReadOnlyList<FilterCondition?>? Conditions, FilterActions? Actions);
