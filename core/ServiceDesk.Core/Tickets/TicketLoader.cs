using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tickets;

/// <summary>Loads a ticket by number for an actor, as not found when the actor may not see it.</summary>
public sealed class TicketLoader(ServiceDeskDbContext db, AccessPolicy access)
{
    public async Task<Ticket> LoadAsync(Actor actor, string number, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets
            .Include(t => t.Queue)
            .Include(t => t.State)
            .Include(t => t.CustomerUser)
            .Include(t => t.Tags)
            .Include(t => t.FieldValues).ThenInclude(v => v.Field)
            .Include(t => t.Links)
            .AsSingleQuery()
            .SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null || !await access.CanSeeAsync(actor, ticket, cancellationToken))
        {
            throw new NotFoundException($"Ticket {number} was not found.");
        }

        return ticket;
    }

    /// <summary>Loads a ticket that is to be changed: a merged ticket is read-only.</summary>
    public async Task<Ticket> LoadForChangeAsync(Actor actor, string number, int? expectedVersion, CancellationToken cancellationToken)
    {
        var ticket = await LoadAsync(actor, number, cancellationToken);
        if (ticket.State.Type == StateType.Merged)
        {
            throw new ConflictException($"Ticket {number} was merged and can no longer change.");
        }

        if (expectedVersion is { } version && version != ticket.Version)
        {
            throw new PreconditionFailedException(
                $"Ticket {number} was changed by someone else (version {ticket.Version}, you had {version}). Reload it and try again.");
        }

        return ticket;
    }

    public async Task<TicketDetails> DetailsAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var ids = ticket.Links.Select(l => l.OtherTicketId).ToList();
        if (ticket.MergedIntoTicketId is { } into)
        {
            ids.Add(into);
        }

        var numbers = ids.Count == 0
            ? new Dictionary<long, string>()
            : await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Number, cancellationToken);
        return TicketMapper.ToDetails(ticket, numbers);
    }
}
