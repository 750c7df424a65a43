namespace ServiceDesk.Abstractions.Tickets;

/// <summary>The outcome of a bulk update for one ticket. Each ticket is its own transaction.</summary>
/// <param name="Number">The ticket's number.</param>
/// <param name="Succeeded">True when the update was applied.</param>
/// <param name="Error">Why it was not, if it was not.</param>
public sealed record BulkUpdateResult(string Number, bool Succeeded, string? Error);
