namespace ServiceDesk.Abstractions.Errors;

/// <summary>
/// A customer's message to a closed ticket was refused, because the ticket's queue rejects follow-ups
/// (<see cref="Queues.FollowUpPolicy.Reject"/>); 409, as other conflicts. Channels tell it from those by its type, to
/// answer the sender with a notice (SDK 1.2.0).
/// </summary>
/// <param name="ticketNumber">The closed ticket's number.</param>
public sealed class FollowUpRejectedException(string ticketNumber)
    : ServiceDeskException($"Ticket {ticketNumber} is closed and takes no follow-ups; please open a new request.")
{
    /// <summary>The closed ticket's number.</summary>
    public string TicketNumber { get; } = ticketNumber;

    /// <inheritdoc />
    public override int StatusCode => 409;

    /// <inheritdoc />
    public override string Title => "Conflict";
}
