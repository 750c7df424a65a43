using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>A ticket just written, with the first article written with it.</summary>
public sealed record CreatedTicket(Ticket Ticket, Article FirstArticle);
