namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// The customer a new ticket is for, by email. An unknown email creates the customer user, with the name as given,
/// so that nobody who writes in is turned away.
/// </summary>
/// <param name="Email">The customer's email address.</param>
/// <param name="Name">The customer's display name, e.g. "Анна Петрова".</param>
public sealed record CustomerReference(string Email, string? Name = null);
