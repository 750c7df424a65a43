namespace ServiceDesk.Abstractions.Tickets;

/// <summary>Questions every caller asks of a <see cref="StateType"/>.</summary>
public static class StateTypeExtensions
{
    /// <summary>True for states that need a pending-until time.</summary>
    public static bool IsPending(this StateType type) =>
        type is StateType.PendingReminder or StateType.PendingAutoCloseSuccessful or StateType.PendingAutoCloseUnsuccessful;

    /// <summary>True for states in which the work on a ticket is over (closed or merged).</summary>
    public static bool IsClosed(this StateType type) =>
        type is StateType.ClosedSuccessful or StateType.ClosedUnsuccessful or StateType.Merged;
}
