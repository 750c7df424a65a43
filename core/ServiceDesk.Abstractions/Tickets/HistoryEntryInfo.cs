namespace ServiceDesk.Abstractions.Tickets;

/// <summary>One immutable line of a ticket's history: who changed what, when, from what to what.</summary>
/// <param name="Id">Internal id; ascending in time.</param>
/// <param name="Type">What happened, e.g. "StateUpdate" (see <see cref="HistoryTypes"/>).</param>
/// <param name="At">When.</param>
/// <param name="ActorName">Who.</param>
/// <param name="Field">The field that changed, if any.</param>
/// <param name="OldValue">The value before.</param>
/// <param name="NewValue">The value after.</param>
public sealed record HistoryEntryInfo(long Id, string Type, DateTimeOffset At, string ActorName, string? Field, string? OldValue, string? NewValue);
