namespace ServiceDesk.Abstractions.Tickets;

/// <summary>A link from a ticket to another one.</summary>
/// <param name="Number">The other ticket's number.</param>
/// <param name="Kind">How this ticket relates to the other.</param>
public sealed record TicketLinkInfo(string Number, TicketLinkKind Kind);
