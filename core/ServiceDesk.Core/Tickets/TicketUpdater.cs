using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Applies partial updates. Each field needs its own permission (as in Znuny: move into, priority, owner, read-write);
/// a ticket locked by another agent changes only for those who may take it over.
/// </summary>
public sealed class TicketUpdater(
    ServiceDeskDbContext db,
    AccessPolicy access,
    ReferenceResolver references,
    TicketLoader loader,
    TicketChanges changes,
    WriteTransaction transactions)
{
    public async Task<Ticket> UpdateAsync(Actor actor, string number, UpdateTicketCommand command, int? expectedVersion, CancellationToken cancellationToken)
    {
        var ticket = await loader.LoadForChangeAsync(actor, number, expectedVersion, cancellationToken);
        if (actor.IsCustomer)
        {
            await ApplyCustomerCloseAsync(ticket, command, actor, cancellationToken);
        }
        else
        {
            await ApplyAsync(ticket, command, actor, cancellationToken);
        }

        await SaveAsync(cancellationToken, ticket);
        return ticket;
    }

    /// <summary>
    /// Saves pending changes with a new version of each ticket, turning a concurrent change into a 412 instead of a
    /// lost update. Nothing pending, nothing saved.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken, params Ticket[] tickets)
    {
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        foreach (var ticket in tickets)
        {
            changes.Touch(ticket);
        }

        try
        {
            await transactions.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var numbers = string.Join(", ", tickets.Select(t => t.Number));
            throw new PreconditionFailedException($"Ticket {numbers} was changed by someone else meanwhile. Reload it and try again.");
        }
    }

    public async Task DemandUnlockedOrOwnAsync(Ticket ticket, Actor actor, CancellationToken cancellationToken)
    {
        if (!ticket.Locked || ticket.OwnerId == actor.Id || actor.IsPrivileged)
        {
            return;
        }

        var permission = await access.QueuePermissionAsync(actor, ticket.Queue, cancellationToken);
        if (!permission.HasFlag(Permission.Owner))
        {
            throw new ForbiddenException($"Ticket {ticket.Number} is locked by another agent.");
        }
    }

    private async Task ApplyAsync(Ticket ticket, UpdateTicketCommand command, Actor actor, CancellationToken cancellationToken)
    {
        await access.DemandAsync(actor, ticket.Queue, Permission.ReadOnly, "see tickets", cancellationToken);
        await DemandUnlockedOrOwnAsync(ticket, actor, cancellationToken);

        if (command.Queue.IsSet || command.QueueId.IsSet)
        {
            var target = await references.QueueAsync(command.Queue.Value, command.QueueId.IsSet ? command.QueueId.Value : null, "queue", cancellationToken);
            await access.DemandAsync(actor, target, Permission.MoveInto, "move tickets", cancellationToken);
            changes.SetQueue(ticket, target, actor);
        }

        if (command.Priority.IsSet)
        {
            await access.DemandAsync(actor, ticket.Queue, Permission.Priority, "change priorities", cancellationToken);
            changes.SetPriority(ticket, command.Priority.Value, actor);
        }

        if (command.OwnerId.IsSet)
        {
            await SetOwnerAsync(ticket, command.OwnerId.Value, actor, cancellationToken);
        }

        var readWrite = command.Title.IsSet || command.State.IsSet || command.PendingUntil.IsSet || command.Locked.IsSet
            || command.ResponsibleId.IsSet || command.Tags.IsSet || command.Fields.IsSet;
        if (readWrite)
        {
            await access.DemandAsync(actor, ticket.Queue, Permission.ReadWrite, "change tickets", cancellationToken);
        }

        if (command.Title.IsSet)
        {
            changes.SetTitle(ticket, command.Title.Value, actor);
        }

        if (command.Locked.IsSet)
        {
            if (command.Locked.Value && ticket.OwnerId is null && actor.IsAgent)
            {
                // Locking an unowned ticket takes it, as the Lock button does in Znuny.
                changes.SetOwner(ticket, actor.Id, actor);
            }

            changes.SetLock(ticket, command.Locked.Value, actor);
        }

        if (command.ResponsibleId.IsSet)
        {
            if (command.ResponsibleId.Value is { } responsible)
            {
                await references.AgentAsync(responsible, "responsibleId", cancellationToken);
            }

            changes.SetResponsible(ticket, command.ResponsibleId.Value, actor);
        }

        if (command.Tags.IsSet)
        {
            changes.SetTags(ticket, command.Tags.Value ?? [], actor);
        }

        if (command.Fields.IsSet && command.Fields.Value is { } fields)
        {
            var definitions = await references.FieldsAsync(fields.Keys, cancellationToken);
            foreach (var (name, value) in fields)
            {
                changes.SetField(ticket, definitions[name], value, actor);
            }
        }

        var pendingUntil = command.PendingUntil.IsSet ? command.PendingUntil.Value?.UtcDateTime : null;
        if (command.State.IsSet)
        {
            var state = await references.StateAsync(command.State.Value ?? "", "state", cancellationToken);
            changes.SetState(ticket, state, pendingUntil, actor);
        }
        else if (command.PendingUntil.IsSet)
        {
            if (!ticket.State.Type.IsPending() && pendingUntil is not null)
            {
                throw new ValidationException("pendingUntil", "Only a ticket in a pending state has a pending-until time.");
            }

            changes.SetPendingUntil(ticket, pendingUntil, actor);
        }
    }

    private async Task SetOwnerAsync(Ticket ticket, int? ownerId, Actor actor, CancellationToken cancellationToken)
    {
        await access.DemandAsync(actor, ticket.Queue, Permission.Owner, "assign owners", cancellationToken);
        if (ownerId is { } id)
        {
            var agent = await references.AgentAsync(id, "ownerId", cancellationToken);
            var agentActor = new Actor(agent.IsAdmin ? ActorKind.Admin : ActorKind.Agent, agent.Id, agent.Login);
            if (!(await access.QueuePermissionAsync(agentActor, ticket.Queue, cancellationToken)).HasFlag(Permission.Owner))
            {
                throw new UnprocessableException("ownerId", $"Agent {agent.Login} may not own tickets in queue '{ticket.Queue.Name}'.");
            }
        }

        changes.SetOwner(ticket, ownerId, actor);
    }

    // The portal lets customers close their own requests, and nothing else.
    private async Task ApplyCustomerCloseAsync(Ticket ticket, UpdateTicketCommand command, Actor actor, CancellationToken cancellationToken)
    {
        var onlyState = command with { State = default };
        if (onlyState != new UpdateTicketCommand() || !command.State.IsSet)
        {
            throw new ForbiddenException("Customers may only close their tickets.");
        }

        var state = await references.StateAsync(command.State.Value ?? "", "state", cancellationToken);
        if (!state.Type.IsClosed())
        {
            throw new ForbiddenException("Customers may only close their tickets.");
        }

        changes.SetState(ticket, state, null, actor);
    }
}
