using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// A checked ticket ready to be written: the ticket row (with the ids of its queue, state and customer, not the loaded
/// entities, so that any database context can insert it), its first article, what its history entry names, and the
/// idempotency keys to record with it.
/// </summary>
public sealed record NewTicket(Actor Actor, Ticket Ticket, Article Article, string QueueName, string StateName, IReadOnlyList<string> IdempotencyKeys);
